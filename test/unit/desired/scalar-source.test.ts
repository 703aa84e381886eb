import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fastScan } from "../../../src/desired/fast-scan.js";
import { loadDesired } from "../../../src/desired/load-desired.js";
import { scalarSource } from "../../../src/desired/scalar-source.js";

const OPENID = "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm";
const fileWith = (reason: string) =>
  `version: 1\nusers:\n  - openid: ${OPENID}\n    reason: ${scalarSource(reason)} # comment\n`;

/** The reason as the loader reads it back, and whether the fast scanner read the file. */
async function readBack(reason: string) {
  const text = fileWith(reason);
  const loaded = await loadDesired("f.yaml", { text });
  return { reason: loaded.state?.users[0]?.reason, fast: fastScan(text) !== undefined };
}

describe("scalarSource writes a reason that reads back exactly (YAML 1.2)", () => {
  it.each([
    ["plain text", "spam links in replies (#142)", "spam links in replies (#142)"],
    ["': ' would start a map", "spam: links", "'spam: links'"],
    ["' #' would start a comment", "see #142 # twice", "'see #142 # twice'"],
    ["a quote", "it's", "it's"],
    ["a leading quote", "'quoted'", "'''quoted'''"],
    ["double quotes", '"quoted"', `'"quoted"'`],
    ["leading spaces", "  indented", "'  indented'"],
    ["a trailing space", "end ", "'end '"],
    ["unicode", "拉黑：刷屏广告 🚫", "拉黑：刷屏广告 🚫"],
    ["a tab", "a\tb", '"a\\tb"'],
    ["a line feed", "line one\nline two", '"line one\\nline two"'],
    ["a backslash and a tab", "C:\\path\t", '"C:\\\\path\\t"'],
    ["a number", "123", "'123'"],
    ["a boolean", "true", "'true'"],
    ["null", "null", "'null'"],
    ["a tilde", "~", "'~'"],
    ["a leading dash", "- list?", "'- list?'"],
    ["an indicator first", "@mention", "'@mention'"],
    ["a flow indicator first", "[link]", "'[link]'"],
    ["an ideographic space at the end", "拉黑\u3000", "'拉黑\u3000'"],
    ["a line separator", "a\u2028b", '"a\\u2028b"'],
    ["a byte order mark", "\uFEFFx", '"\\uFEFFx"'],
  ])("%s", async (_name, reason, source) => {
    expect(scalarSource(reason)).toBe(source);
    expect(parse(`k: ${scalarSource(reason)}`)).toEqual({ k: reason });
    expect(await readBack(reason)).toEqual({ reason, fast: true });
  });

  it("any string without control characters, read by yaml and by the fast scanner (property)", async () => {
    // SPEC 1: tab and line feed are the only control characters a reason may hold.
    const chars = fc.oneof(
      fc.constantFrom(..." \t\n:#'\"\\-?[]{},&*!|>%@`~", "\u00a0", "\u3000", "\u2028", "\uFEFF"),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
    );
    const reasonArb = fc
      .string({ unit: chars, minLength: 1, maxLength: 16 })
      // eslint-disable-next-line no-control-regex -- the control characters SPEC 1 refuses
      .filter((s) => !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(s));
    await fc.assert(
      fc.asyncProperty(reasonArb, async (reason) => {
        expect(scalarSource(reason)).not.toMatch(/[\r\n]/);
        expect(parse(`k: ${scalarSource(reason)}`)).toEqual({ k: reason });
        expect(await readBack(reason)).toEqual({ reason, fast: true });
      }),
      { numRuns: 300 },
    );
  });
});
