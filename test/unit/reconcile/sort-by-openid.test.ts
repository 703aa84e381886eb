import { describe, expect, it } from "vitest";
import { compareOpenids } from "../../../src/reconcile/change.js";
import { sortByOpenid, sortOpenids } from "../../../src/reconcile/sort-by-openid.js";
import { openids, shuffled } from "../../support/openids-fixture.js";

const base = openids(60_000, 7);

// Lists of 60k: long enough for the bucket sort; the odd ones make it fall back.
const lists: [string, string[]][] = [
  ["openids in random order", base],
  ["openids already sorted", [...base].sort()],
  ["openids in reverse order", [...base].sort().reverse()],
  ["openids with repeats", [...base, ...base.slice(0, 3_000)]],
  [
    "many openids sharing their first four characters",
    [...base, ...Array.from({ length: 300 }, (_, i) => `oAAA${String(299 - i)}`)],
  ],
  [
    "openids with other characters after the fourth",
    [...base, "oabc\u00e9", "oabc\u{1F600}x", "oab_ ~"],
  ],
  ["a short id among openids", [...base, "o", "oA", "oAb"]],
  ["an id with another first character", [...base, "Oabc", "pabc"]],
  ["a non-base64url character among the first four", [...base, "oa.c", "o\u00e9bc", "oab\u0100"]],
  ["a handful of ids", ["oc", "oB", "o_", "ob", "o-"]],
  ["no ids", []],
];

describe("sortOpenids", () => {
  it.each(lists)("sorts %s exactly like the default sort", (_name, ids) => {
    const before = [...ids];
    // Compared as one string: toEqual on 60k items is slow.
    expect(sortOpenids(shuffled(ids, 3)).join("\n")).toBe([...ids].sort().join("\n"));
    expect(ids).toEqual(before);
  });
});

// Entries: the bucket path, with and without repeats, and one fallback.
const entryLists = lists.filter(([name]) =>
  /random|repeats|sharing|short|handful|no ids/.test(name),
);

describe("sortByOpenid", () => {
  it.each(entryLists)(
    "sorts entries of %s by openid, equal openids in their first order",
    (_name, ids) => {
      const entries = shuffled(ids, 5).map((openid, line) => ({ openid, line }));
      const expected = [...entries].sort((a, b) => compareOpenids(a.openid, b.openid));
      const sorted = sortByOpenid(entries);
      expect(sorted.map((e) => `${e.openid} ${e.line}`).join("\n")).toBe(
        expected.map((e) => `${e.openid} ${e.line}`).join("\n"),
      );
    },
  );
});
