import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/desired/decode-text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === "string" ? part : part)));

/** What a fatal TextDecoder makes of the bytes: the obvious decoder the fast one must agree with. */
function obvious(input: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return undefined;
  }
}

describe("decodeText", () => {
  it("drops a leading UTF-8 BOM and keeps the rest, Chinese included", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "version: 1\n# 拉黑\n"))).toEqual({
      ok: true,
      text: "version: 1\n# 拉黑\n",
    });
  });

  it("keeps a BOM that is not at the start", () => {
    const decoded = decodeText(bytes("a", [0xef, 0xbb, 0xbf]));
    expect(decoded).toEqual({ ok: true, text: "a\uFEFF" });
  });

  it("refuses invalid UTF-8 at the line and column of the first bad byte", () => {
    const decoded = decodeText(bytes("version: 1\nusers:\n  - o", [0xc3, 0x28], "\n"));
    expect(decoded).toMatchObject({ ok: false, problem: { line: 3, column: 6 } });
  });

  it("refuses UTF-16 at 1:1", () => {
    expect(decodeText(bytes([0xff, 0xfe], "v"))).toMatchObject({
      ok: false,
      problem: { line: 1, column: 1 },
    });
  });

  it("decodes exactly as a fatal TextDecoder on any bytes (valid or not)", () => {
    const pieces = fc.oneof(
      fc.string({ unit: "grapheme" }).map((text) => Buffer.from(text)),
      fc.uint8Array({ maxLength: 8 }),
      fc.constant(Buffer.from([0xef, 0xbb, 0xbf])),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const input = Buffer.concat(parts);
        const expected = obvious(input);
        const decoded = decodeText(input);
        if (expected === undefined || (input[0] === 0xff && input[1] === 0xfe)) {
          if (expected === undefined) expect(decoded.ok).toBe(false);
          return;
        }
        // A control character is refused by both paths alike; otherwise the texts agree.
        if (decoded.ok) expect(decoded.text).toBe(expected);
        // eslint-disable-next-line no-control-regex -- the control characters YAML refuses
        else expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
