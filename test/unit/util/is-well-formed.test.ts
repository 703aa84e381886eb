import { describe, expect, it } from "vitest";
import { isWellFormed } from "../../../src/util/is-well-formed.js";

describe("isWellFormed", () => {
  it.each<[string, string, boolean]>([
    ["ASCII", "o7esq5OI1Uej6Xixw1lA2H7XDVbc", true],
    ["Chinese and a surrogate pair", "广告 \ud83d\ude00", true],
    ["a lone high surrogate", "a\ud800b", false],
    ["a lone low surrogate at the end", "ab\udc00", false],
    ["the empty string", "", true],
  ])("%s", (_name, text, expected) => {
    expect(isWellFormed(text)).toBe(expected);
  });
});
