import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeIndex } from "../../../src/reconcile/code-index.js";
import { encodeId, sortOpenids } from "../../../src/reconcile/sort-openids.js";
import { hasAwkwardCharacter, openidLists } from "../../support/openid-arbitraries.js";
import { openids } from "../../support/openids-fixture.js";

/** Checks positionOf for every id of `ids` and of `others` against a search of the sorted list. */
function expectIndexed(ids: readonly string[], others: readonly string[]): void {
  const sorted = sortOpenids(ids);
  const { codes } = sorted;
  if (codes === undefined) return;
  const index = new CodeIndex({ ...sorted, codes });
  const keys = Array.from(sorted.order, (i) => ids[i] as string);
  const row = new Int32Array(codes.width);
  const wrong: string[] = [];
  for (const id of [...ids, ...others]) {
    const expected = keys.indexOf(id); // the first position of that id
    const found = encodeId(id, codes.length, row, 0) ? index.positionOf(row) : -1;
    if (found !== expected) wrong.push(`${JSON.stringify(id)}: ${found}, not ${expected}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
}

describe("CodeIndex", () => {
  it("finds each distinct id at its first sorted position, and no other id", () => {
    fc.assert(
      fc.property(openidLists, openidLists, (ids, others) => {
        fc.pre(!ids.some(hasAwkwardCharacter));
        expectIndexed(ids, others);
      }),
      { numRuns: 300 },
    );
  });

  it("finds 20,000 ids of one account with repeats, and none of another account's", () => {
    const account = openids(20_000, 5);
    expectIndexed([...account, ...account.slice(0, 500)], openids(500, 6, "oDF3iY"));
  });

  it("tells apart ids that differ only in case or in their last character", () => {
    expectIndexed(["oAbc", "oabc", "oabd"], ["oABC", "oabe"]);
  });
});
