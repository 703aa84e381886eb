import { Buffer, isAscii, isUtf8 } from "node:buffer";
import { msg, type Message } from "../i18n/message.js";

/** A problem that makes the bytes unreadable as YAML text, at a 1-based position. */
export interface DecodeProblem {
  line: number;
  column: number;
  text: Message;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const BOM = 0xfeff;

/** Control characters YAML does not allow in a file (tab, LF and CR are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Bytes to text: UTF-8 only, a leading BOM dropped. Binary junk (NUL and other control
 * bytes), invalid UTF-8 and UTF-16 files are refused with the position of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 1, msg("desired.utf16"));
  }
  // Node's own UTF-8 check and decoder (simdutf): several times faster on a large file than
  // a fatal TextDecoder, which matters at a million entries (SPEC 7).
  if (!isAscii(bytes) && !isUtf8(bytes)) {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const { line, column } = positionOf(lossy, Math.max(0, lossy.indexOf("\uFFFD")));
    return fail(line, column, msg("desired.notUtf8"));
  }
  return checkText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
}

/**
 * What `decodeText` makes of the UTF-8 bytes of `text`, without encoding and decoding it again
 * (an edit's result is checked as text): a leading BOM dropped, control characters refused.
 * Only for well-formed text (no lone surrogate), which is what decoding gives.
 */
export function checkText(decoded: string): DecodeResult {
  const text = decoded.charCodeAt(0) === BOM ? decoded.slice(1) : decoded;
  const control = CONTROL.exec(text);
  if (control !== null) {
    const { line, column } = positionOf(text, control.index);
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return fail(line, column, msg("desired.controlCharacter", { code }));
  }
  return { ok: true, text };
}

function fail(line: number, column: number, text: Message): DecodeResult {
  return { ok: false, problem: { line, column, text } };
}

/** 1-based line and column of a UTF-16 offset (\n, \r\n and \r end lines). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
