import { describe, expect, it } from "vitest";
import { OpenidTable } from "../../../src/util/openid-table.js";

const id = (n: number) => `oDF3iY${String(n).padStart(22, "0")}`;

describe("OpenidTable", () => {
  it("returns the first index of every repeat across many growths of its table", () => {
    const openids = Array.from({ length: 5000 }, (_, i) => id((i * 7919) % 3000));
    const seen = new OpenidTable((index) => openids[index] as string);
    const expected = new Map<string, number>();
    openids.forEach((openid, index) => {
      const first = expected.get(openid);
      if (first === undefined) expected.set(openid, index);
      expect(seen.firstIndex(openid, index)).toBe(first ?? -1);
    });
  });

  it("tells apart openids that differ only in case", () => {
    const openids = ["oAbc", "oabc", "oABC", "oabc"];
    const seen = new OpenidTable((index) => openids[index] as string);
    expect(openids.map((openid, index) => seen.firstIndex(openid, index))).toEqual([-1, -1, -1, 1]);
  });

  it("finds without recording (indexOf): the first index of a known openid, -1 for any other", () => {
    const openids = Array.from({ length: 3000 }, (_, i) => id(i));
    const seen = new OpenidTable((index) => openids[index] as string);
    openids.forEach((openid, index) => seen.firstIndex(openid, index));
    expect(openids.every((openid, index) => seen.indexOf(openid) === index)).toBe(true);
    expect(seen.indexOf(id(3000))).toBe(-1);
    expect(seen.indexOf(id(3000))).toBe(-1); // still unknown: indexOf records nothing
    expect(seen.firstIndex(id(3000), 3000)).toBe(-1);
  });
});
