import { describe, expect, it } from "vitest";
import { defaultOpenidPrefix, generateOpenids } from "../../../src/sandbox/generate-openids.js";

describe("generateOpenids", () => {
  it("makes distinct openids of one account: the seed's 6-character prefix, then 22 base64url", () => {
    const ids = generateOpenids(5_000, 7);
    const prefix = defaultOpenidPrefix(7);
    expect(prefix).toMatch(/^o[A-Za-z0-9_-]{5}$/);
    expect(new Set(ids).size).toBe(5_000);
    expect(ids.every((id) => /^o[A-Za-z0-9_-]{27}$/.test(id))).toBe(true);
    expect(ids.every((id) => id.startsWith(prefix))).toBe(true);
  });

  it("repeats for the same seed and differs for another, prefix included", () => {
    expect(generateOpenids(100, 7)).toEqual(generateOpenids(100, 7));
    const other = generateOpenids(100, 8);
    expect(defaultOpenidPrefix(8)).not.toBe(defaultOpenidPrefix(7));
    expect(other.every((id) => id.startsWith(defaultOpenidPrefix(8)))).toBe(true);
  });

  it("gives a different prefix to each of many seeds (one per account)", () => {
    const prefixes = new Set(Array.from({ length: 50 }, (_, seed) => defaultOpenidPrefix(seed)));
    expect(prefixes.size).toBe(50);
  });

  it("uses the prefix it is given, so two accounts never share an openid", () => {
    const shop = generateOpenids(1_000, 3, "oDF3iY");
    const main = generateOpenids(1_000, 3, "o7esq5");
    expect(shop.every((id) => id.startsWith("oDF3iY") && id.length === 28)).toBe(true);
    expect(main.every((id) => id.startsWith("o7esq5") && id.length === 28)).toBe(true);
    const mainIds = new Set(main);
    expect(shop.some((id) => mainIds.has(id))).toBe(false);
  });

  it("spreads every one of the 22 characters after the prefix over the whole alphabet", () => {
    const ids = generateOpenids(20_000, 11);
    for (let position = 6; position < 28; position++) {
      const seen = new Set(ids.map((id) => id[position]));
      expect(seen.size, `position ${position}`).toBe(64);
    }
  });

  it.each(["", "o", "oABCD", "oABCDEF", "xABCDE", "oAB.DE", "oABCD\u00e9"])(
    "refuses the prefix %j",
    (prefix) => {
      expect(() => generateOpenids(1, 1, prefix)).toThrow(/"o" and 5 base64url characters/);
    },
  );

  it("makes no ids for a count of 0", () => {
    expect(generateOpenids(0, 1)).toEqual([]);
  });
});
