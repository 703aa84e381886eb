import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodeUnits } from "../../../src/util/code-unit-order.js";

describe("compareCodeUnits", () => {
  it("orders exactly as the default sort of strings (code units, never the locale)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 })), (strings) => {
        expect([...strings].sort(compareCodeUnits)).toEqual([...strings].sort());
      }),
    );
  });

  it.each([
    ["upper case before lower case", "oZ", "oa", -1],
    ["- before digits before letters before _", "o-", "o0", -1],
    ["_ after upper case", "o_", "oZ", 1],
    ["equal", "oA", "oA", 0],
    ["a prefix first", "oA", "oAB", -1],
  ])("%s", (_name, a, b, expected) => {
    expect(compareCodeUnits(a, b)).toBe(expected);
  });
});
