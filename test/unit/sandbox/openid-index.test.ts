import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateOpenids } from "../../../src/sandbox/generate-openids.js";
import { OpenidIndex } from "../../../src/sandbox/openid-index.js";
import { openidLists } from "../../support/openid-arbitraries.js";

type Step = ["set" | "add" | "delete" | "get", number, number];

describe("OpenidIndex", () => {
  it("answers exactly as a Map on one account's ids, through growth and deletions", () => {
    const step = fc.tuple(
      fc.constantFrom("set", "add", "delete", "get"),
      fc.nat(),
      fc.nat({ max: 1_000 }),
    ) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(
        openidLists.filter((ids) => ids.length > 0),
        fc.array(step, { maxLength: 400 }),
        (ids, steps) => {
          const index = new OpenidIndex();
          const map = new Map<string, number>();
          for (const [op, at, value] of steps) {
            const id = ids[at % ids.length] as string;
            if (op === "set") {
              index.set(id, value);
              map.set(id, value);
            } else if (op === "add") {
              expect(index.add(id, value)).toBe(!map.has(id));
              if (!map.has(id)) map.set(id, value);
            } else if (op === "delete") {
              expect(index.delete(id)).toBe(map.delete(id));
            } else {
              expect(index.get(id)).toBe(map.get(id) ?? -1);
            }
            expect(index.size).toBe(map.size);
          }
          for (const id of ids) expect(index.has(id)).toBe(map.has(id));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps 100,000 ids of one account apart and finds each after deleting half", () => {
    const ids = generateOpenids(100_000, 5);
    const index = new OpenidIndex();
    ids.forEach((id, i) => index.set(id, i));
    for (let i = 0; i < ids.length; i += 2) index.delete(ids[i] as string);
    const wrong = ids.filter((id, i) => index.get(id) !== (i % 2 === 0 ? -1 : i));
    expect(wrong).toEqual([]);
    expect(index.size).toBe(50_000);
  });
});
