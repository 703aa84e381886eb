import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liveSha256 } from "../../../src/reconcile/fingerprint.js";
import { distinctInOrder, sortOpenids } from "../../../src/reconcile/sort-openids.js";
import { openidLists } from "../../support/openid-arbitraries.js";
import { openids } from "../../support/openids-fixture.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("liveSha256", () => {
  it.each([
    ["hashes the sorted ids joined by newlines", ["oB", "oA", "oC"], "oA\noB\noC"],
    ["sorts in code-unit order, upper case first", ["ob", "oB", "o_"], "oB\no_\nob"],
    ["counts a repeated id once", ["oA", "oB", "oA"], "oA\noB"],
    ["hashes the empty string for an empty list", [], ""],
  ])("%s", (_name, live, joined) => {
    expect(liveSha256(live)).toBe(sha256(joined));
  });

  it("hashes a list longer than one chunk exactly like the whole joined text", () => {
    const live = Array.from(
      { length: 25_001 },
      (_, i) => `o${String(25_001 - i).padStart(6, "0")}`,
    );
    expect(liveSha256(live)).toBe(sha256([...live].sort().join("\n")));
  });

  it("differs when one id changes case", () => {
    expect(liveSha256(["oAbc"])).not.toBe(liveSha256(["oabc"]));
  });
});

/** The live ids in code-unit order, each once: what the fingerprint hashes. */
const sortUnique = (ids: readonly string[]) => distinctInOrder(sortOpenids(ids));

describe("sortOpenids, each id once", () => {
  it("returns a new sorted array without repeats and leaves its input alone", () => {
    const input = ["oc", "oa", "oc", "ob", "oa"];
    expect(sortUnique(input)).toEqual(["oa", "ob", "oc"]);
    expect(input).toEqual(["oc", "oa", "oc", "ob", "oa"]);
  });

  it("sorts and drops repeats exactly as a Set and the default sort do", () => {
    fc.assert(
      fc.property(openidLists, (live) => {
        expect(sortUnique(live)).toEqual([...new Set(live)].sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe("sortOpenids, each id once, on large lists", () => {
  const base = openids(60_000, 1);
  it.each([
    ["one account's openids in random order", base],
    ["one account's openids with repeats", [...base, ...base.slice(0, 5_000)]],
    ["two accounts' openids", [...base, ...openids(200, 2, "oDF3iY")]],
    [
      "openids with non-ASCII characters after the prefix (default sort)",
      [...base, "o7esq5abc\u00e9", "o7esq5abc\u{1F600}x"],
    ],
    ["a short id among openids", [...base, "o", "oA"]],
    ["an id with another first character", [...base, "Oabc", "pabc"]],
    [
      "a non-ASCII character among the first six (default sort)",
      [...base, "o\u00e9bc", "oab\u0100"],
    ],
    ["ids already sorted", [...base].sort()],
  ])("sorts %s exactly like the default sort, each once", (_name, live) => {
    const expected = [...new Set(live)].sort();
    expect(sortUnique(live).join("\n")).toBe(expected.join("\n"));
    expect(liveSha256(live)).toBe(sha256(expected.join("\n")));
  });
});
