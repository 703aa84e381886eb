import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/desired/decode-text.js";
import { fastScan } from "../../../src/desired/fast-scan.js";
import { fullScan } from "../../../src/desired/full-scan.js";

/**
 * The fast scanner must read a file exactly as YAML 1.2 (the full parser) does, or give up.
 * The generator makes the awkward inputs real files hold: tabs as separation and inside
 * values, escapes, control characters, comments, CR inside lines, quotes, indicators.
 */
/** Mostly what people write, often enough the awkward: weights keep the scanner reading. */
const separator = fc.oneof(
  { arbitrary: fc.constant(" "), weight: 8 },
  { arbitrary: fc.constantFrom("  ", "\t", " \t", "\t ", "\t\t"), weight: 2 },
);
const openid = fc.stringMatching(/^oDF3iY[A-Za-z0-9_-]{22}$/);
const awkward = fc.constantFrom(
  "123",
  "true",
  "null",
  "~",
  "0x1F",
  "1e3",
  "-",
  "a: b",
  "a:\tb",
  "a #b",
  "a\t#b",
  "x#y",
  "'q'",
  "'it''s'",
  "'a\tb'",
  '"d\\"q"',
  '"a\\0b"',
  '"\\t"',
  '"tab\there"',
  '"\\x41\\u00e9\\U0001F600"',
  '"\\e\\a"',
  '"a\\\nb"',
  '"unterminated',
  "a\tb",
  "trailing\t",
  "a\rb",
  "a\r",
  "a\u0001b",
  "a\u0085b",
  "a\u007fb",
  "\u00a0x",
  "é",
  "",
  "[a]",
  "{a: b}",
  "&x a",
  "*x",
  "!!str a",
  "- a",
  "? a",
  "|",
  ">",
  "%x",
  "@x",
  "`x",
);
const scalar = fc.oneof(
  { arbitrary: openid, weight: 4 },
  { arbitrary: awkward, weight: 3 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);
const comment = fc.oneof(
  { arbitrary: fc.constant(""), weight: 6 },
  { arbitrary: fc.constantFrom(" # c", "\t# c", " #", "#c", " \t# c\t", "\t"), weight: 2 },
);
const entry = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(separator, scalar, comment).map(([s, v, c]) => `  -${s}${v}${c}`),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(separator, separator, scalar, comment, separator, scalar, comment)
      .map(
        ([s1, s2, o, c1, s3, r, c2]) => `  -${s1}openid:${s2}${o}${c1}\n    reason:${s3}${r}${c2}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "  # comment",
      "\t# comment",
      "",
      "\t",
      "  \t",
      "   extra",
      "  -",
      "  -\t",
      "  - openid: x\n      deeper: 1",
      "\t- x",
      "  - x\r",
      "  - 'a\r\n  b'",
    ),
  },
);
const header = fc.constantFrom(
  "version: 1",
  "version: 1",
  "prune: true",
  "version:\t1",
  "version: 1\t# v",
  "version:  1 # v",
  "appid:\twx0123456789abcdef",
  "prune:\tfalse",
  "guard:\n  max_block:\t10\n  max_unblock: 12.5%",
  "guard:\n\tmax_block: 1",
);

describe("the fast scanner agrees with the full YAML parser", () => {
  it("on generated files: same data and positions, or the fast scanner gives up", () => {
    const RUNS = 2000;
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 2 }),
        fc.constantFrom("users:", "users:\t", "users: # u", "users:\t# u"),
        fc.array(entry, { maxLength: 5 }),
        fc.constantFrom("\n", "\r\n"),
        (headers, users, entries, newline) => {
          const text = [...headers, users, ...entries, ""].join("\n").replaceAll("\n", newline);
          // What loadDesired hands the readers: text that decodes (no C0 control bytes).
          if (!decodeText(Buffer.from(text, "utf8")).ok) return;
          const fast = fastScan(text);
          if (fast === undefined) return;
          read++;
          const full = fullScan(text);
          expect(full.ok).toBe(true);
          if (!full.ok) return;
          expect(fast.data).toEqual(full.document.data);
          const data = fast.data as { users?: unknown };
          const count = Array.isArray(data.users) ? data.users.length : 0;
          for (let i = 0; i < count; i++) {
            for (const path of [
              ["users", i],
              ["users", i, "openid"],
              ["users", i, "reason"],
            ]) {
              expect(fast.locate(path)).toEqual(full.document.locate(path));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Not vacuous: the scanner reads a fair share of the generated files itself.
    expect(read).toBeGreaterThan(RUNS / 20);
  });

  it.each([
    ["a tab after '- '", "version: 1\nusers:\n  - \toDF3iYAAAAAAAAAAAAAAAAAAAAA1\n"],
    ["a tab after ': '", "version: 1\nusers:\n  - openid: \toDF3iYAAAAAAAAAAAAAAAAAAAAA1\n"],
    [
      "a tab before a reason",
      "version: 1\nusers:\n  - openid: oDF3iYAAAAAAAAAAAAAAAAAAAAA1\n    reason: \tspam\n",
    ],
    ["a tab after a top-level ': '", "version: \t1\nusers: []\n"],
  ])("reads %s as YAML 1.2 does (the tab is separation, not content)", (_name, text) => {
    const full = fullScan(text);
    expect(full.ok).toBe(true);
    const fast = fastScan(text);
    if (fast !== undefined && full.ok) expect(fast.data).toEqual(full.document.data);
  });
});
