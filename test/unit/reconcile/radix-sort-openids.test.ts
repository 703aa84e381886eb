import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radixSortOpenids } from "../../../src/reconcile/radix-sort-openids.js";
import { hasAwkwardCharacter, openidLists } from "../../support/openid-arbitraries.js";
import { openids, shuffled } from "../../support/openids-fixture.js";

/** Checks the whole contract of `radixSortOpenids` on `ids` against the default sort. */
function expectSortedLikeDefault(ids: readonly string[]): void {
  const before = [...ids];
  const sorted = radixSortOpenids(ids);
  expect(ids).toEqual(before);
  if (sorted === undefined) {
    // The fallback is allowed only for ids with a character outside base64url.
    expect(ids.some(hasAwkwardCharacter)).toBe(true);
    return;
  }
  const { keys, order, sameAsPrevious } = sorted;
  // Compared as one string (toEqual on 60k items is slow), and the first difference alone.
  const expected = [...ids].sort();
  const differs = keys.findIndex((key, i) => key !== expected[i]);
  expect(
    differs === -1 ? "sorted" : `keys[${differs}] is ${keys[differs]}, not ${expected[differs]}`,
  ).toBe("sorted");
  expect(keys).toHaveLength(ids.length);
  expect(order).toHaveLength(ids.length);
  expect(sameAsPrevious).toHaveLength(ids.length);
  expect(new Set(order).size).toBe(ids.length);
  const wrong: string[] = [];
  for (let i = 0; i < keys.length && wrong.length < 5; i++) {
    if (ids[order[i] as number] !== keys[i]) wrong.push(`order[${i}] is not where keys[${i}] was`);
    const same = i > 0 && keys[i] === keys[i - 1];
    if (sameAsPrevious[i] !== (same ? 1 : 0)) wrong.push(`sameAsPrevious[${i}] is wrong`);
    if (same && !((order[i] as number) > (order[i - 1] as number)))
      wrong.push(`not stable at ${i}`);
  }
  expect(wrong).toEqual([]);
}

describe("radixSortOpenids", () => {
  it("sorts, pairs equal neighbours and keeps equal ids in order, exactly like the default sort", () => {
    fc.assert(
      fc.property(openidLists, (ids) => expectSortedLikeDefault(ids)),
      { numRuns: 400 },
    );
  });

  it("takes every list of base64url ids (no fallback for real-shaped openids)", () => {
    fc.assert(
      fc.property(openidLists, (ids) => {
        fc.pre(!ids.some(hasAwkwardCharacter));
        expect(radixSortOpenids(ids)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  const account = openids(60_000, 7);
  const other = openids(300, 8, "oDF3iY");
  it.each<[string, string[]]>([
    ["one account's openids in random order", account],
    ["one account's openids already sorted", [...account].sort()],
    ["one account's openids in reverse order", [...account].sort().reverse()],
    ["one account's openids with repeats", [...account, ...account.slice(0, 3_000)]],
    ["two accounts' openids mixed", [...account, ...other]],
    [
      "ids sharing their first 27 characters",
      Array.from(
        { length: 64 },
        (_, i) =>
          `o${"A".repeat(26)}${"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[63 - i]}`,
      ),
    ],
    [
      "ids that are prefixes of each other",
      Array.from({ length: 40 }, (_, i) => "oDF3iY".repeat(6).slice(0, 40 - i)),
    ],
    [
      "ids sharing a prefix longer than 128 characters",
      Array.from({ length: 50 }, (_, i) => `${"oA".repeat(80)}${String(49 - i)}`),
    ],
    [
      "repeated ids sharing a prefix longer than 128 characters",
      Array.from({ length: 60 }, (_, i) => `${"oA".repeat(80)}${String(i % 7)}`),
    ],
    [
      "ids with a character outside base64url after the prefix",
      [...account.slice(0, 100), "o7esq5abc\u00e9", "o7esq5.x"],
    ],
    [
      "ids with a character outside base64url in the shared prefix",
      Array.from({ length: 40 }, (_, i) => `o.\u00e9${String(39 - i).padStart(3, "0")}`),
    ],
    ["a short id and an empty one among openids", [...account.slice(0, 100), "o", "", "o7"]],
    ["a handful of ids", ["oc", "oB", "o_", "ob", "o-"]],
    ["one id", ["o7esq5OI1Uej6Xixw1lA2H7XDVbc"]],
    ["no ids", []],
  ])("sorts %s exactly like the default sort", (_name, ids) => {
    expectSortedLikeDefault(shuffled(ids, 3));
  });
});
