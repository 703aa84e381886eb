import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodes, sortOpenids } from "../../../src/reconcile/sort-openids.js";
import { hasAwkwardCharacter, openidLists } from "../../support/openid-arbitraries.js";
import { openids, shuffled } from "../../support/openids-fixture.js";

/** Checks the whole contract of `sortOpenids` on `ids` against the default sort. */
function expectSortedLikeDefault(ids: readonly string[]): void {
  const before = [...ids];
  const sorted = sortOpenids(ids);
  expect(ids).toEqual(before);
  const { order, sameAsPrevious, codes } = sorted;
  expect(sorted.ids).toBe(ids);
  const keys = Array.from(order, (index) => ids[index] as string);
  // Compared as one string (toEqual on 60k items is slow), and the first difference alone.
  const expected = [...ids].sort();
  const differs = keys.findIndex((key, i) => key !== expected[i]);
  expect(
    differs === -1 ? "sorted" : `keys[${differs}] is ${keys[differs]}, not ${expected[differs]}`,
  ).toBe("sorted");
  expect(order).toHaveLength(ids.length);
  expect(sameAsPrevious).toHaveLength(ids.length);
  expect(new Set(order).size).toBe(ids.length);
  const wrong: string[] = [];
  for (let i = 0; i < keys.length && wrong.length < 5; i++) {
    const same = i > 0 && keys[i] === keys[i - 1];
    if (sameAsPrevious[i] !== (same ? 1 : 0)) wrong.push(`sameAsPrevious[${i}] is wrong`);
    if (same && !((order[i] as number) > (order[i - 1] as number)))
      wrong.push(`not stable at ${i}`);
    // The codes compare as the strings do.
    if (codes && i > 0) {
      const byCodes = Math.sign(compareCodes(codes, i - 1, codes, i));
      const byStrings = keys[i - 1] === keys[i] ? 0 : -1;
      if (byCodes !== byStrings) wrong.push(`codes ${i - 1} and ${i} compare ${byCodes}`);
    }
  }
  expect(wrong).toEqual([]);
  // Codes exactly when every id is base64url of one length (the shape of real openids).
  const coded =
    ids.length === 0 ||
    (ids.every((id) => id.length === ids[0]?.length && id.length > 0 && id.length <= 128) &&
      !ids.some(hasAwkwardCharacter));
  expect(codes !== undefined).toBe(coded);
}

describe("sortOpenids", () => {
  it("sorts, pairs equal neighbours and keeps equal ids in order, exactly like the default sort", () => {
    fc.assert(
      fc.property(openidLists, (ids) => expectSortedLikeDefault(ids)),
      { numRuns: 400 },
    );
  });

  it("codes every list of base64url ids of one length (real-shaped openids never take the slow path)", () => {
    fc.assert(
      fc.property(openidLists, (ids) => {
        const oneLength = ids.every((id) => id.length === ids[0]?.length && id.length > 0);
        fc.pre(oneLength && !ids.some(hasAwkwardCharacter));
        expect(sortOpenids(ids).codes).toBeDefined();
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
      "ids that differ at the 7th character and then only past the next 8 (long ties to settle)",
      Array.from(
        { length: 300 },
        (_, i) =>
          `o7esq5${"aB_"[i % 3]}${"x".repeat(8)}${String((i * 7919) % 1000).padStart(13, "-")}`,
      ),
    ],
    [
      "ids of one length, all equal",
      Array.from({ length: 30 }, () => "o7esq5OI1Uej6Xixw1lA2H7XDVbc"),
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
