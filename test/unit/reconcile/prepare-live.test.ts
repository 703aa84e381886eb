import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { prepareLive } from "../../../src/reconcile/prepare-live.js";
import { distinctInOrder } from "../../../src/reconcile/sort-openids.js";
import { openidLists } from "../../support/openid-arbitraries.js";
import { openids } from "../../support/openids-fixture.js";

describe("prepareLive", () => {
  it("sorts, counts each id once and hashes them joined by newlines, as a Set and the default sort do", () => {
    fc.assert(
      fc.property(openidLists, (live) => {
        const prepared = prepareLive(live);
        const expected = [...new Set(live)].sort();
        expect(distinctInOrder(prepared.sorted)).toEqual(expected);
        expect(prepared.count).toBe(expected.length);
        const joined = expected.join("\n");
        expect(prepared.sha256).toBe(createHash("sha256").update(joined).digest("hex"));
      }),
      { numRuns: 200 },
    );
  });

  it("codes one account's 100,000 openids (the fast path) and keeps them in the default order", () => {
    const live = openids(100_000, 3);
    const prepared = prepareLive([...live, ...live.slice(0, 10)]);
    expect(prepared.sorted.codes?.length).toBe(28);
    expect(prepared.count).toBe(100_000);
    expect(distinctInOrder(prepared.sorted).join("\n")).toBe([...live].sort().join("\n"));
  });

  it("tells apart ids that differ only in case", () => {
    const prepared = prepareLive(["oAbc", "oabc", "oAbc"]);
    expect(distinctInOrder(prepared.sorted)).toEqual(["oAbc", "oabc"]);
    expect(prepared.count).toBe(2);
  });
});
