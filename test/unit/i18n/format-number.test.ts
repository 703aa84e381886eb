import { describe, expect, it } from "vitest";
import { formatCount, formatPercent, formatShare } from "../../../src/i18n/format-number.js";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [1180, "1,180"],
    [1_000_000, "1,000,000"],
    [12_345_678, "12,345,678"],
  ])("writes %d as %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe("formatPercent", () => {
  it.each([
    [34.915, 1, "34.9%"],
    [25, 1, "25%"],
    [25.04, 1, "25%"],
    [25.04, 2, "25.04%"],
    [0.04, 1, "0%"],
    [100, 1, "100%"],
    [12.5, 2, "12.5%"],
  ])("writes %d with %d decimals as %s", (value, decimals, text) => {
    expect(formatPercent(value, decimals)).toBe(text);
  });

  it.each([
    [412, 1180, "34.9%"],
    [1, 3, "33.3%"],
    [5, 0, "0%"],
  ])("writes %d of %d as %s", (part, whole, text) => {
    expect(formatShare(part, whole)).toBe(text);
  });
});
