import { formatCount } from "./format-number.js";

/**
 * Longest value quoted whole in a message (SPEC section 2: a value quoted in a message is cut to
 * about 80 characters, with its length when cut, so a 50 MB line never becomes a 50 MB message
 * or annotation).
 */
export const MAX_QUOTED_CHARS = 80;

/**
 * Characters JSON.stringify leaves as they are but a terminal or a review page would act on:
 * C1 controls, line and paragraph separators, bidirectional marks and overrides.
 */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `value` in double quotes with JSON's escapes (so a tab or a NUL shows as `\t`, `\u0000`),
 * cut after MAX_QUOTED_CHARS with "…" and, in the reader's words, its full length.
 * The catalogues use it through quoteEn and quoteZh.
 */
export function quoteValue(value: string, lengthNote: (length: string) => string): string {
  if (value.length <= MAX_QUOTED_CHARS) return escape(value);
  let end = MAX_QUOTED_CHARS;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
  return `${escape(value.slice(0, end)).slice(0, -1)}…"${lengthNote(formatCount(value.length))}`;
}

function escape(value: string): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A quoted value in an English message. */
export const quoteEn = (value: string): string =>
  quoteValue(value, (length) => ` (${length} characters)`);

/** A quoted value in a Chinese message. */
export const quoteZh = (value: string): string =>
  quoteValue(value, (length) => `（共 ${length} 个字符）`);
