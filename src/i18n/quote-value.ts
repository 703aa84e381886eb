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

type LengthNote = (length: string) => string;

/**
 * `value` in double quotes with JSON's escapes (so a tab or a NUL shows as `\t`, `\u0000`),
 * cut after MAX_QUOTED_CHARS with "…" and, in the reader's words, its full length.
 * The catalogues use it through quoteEn and quoteZh.
 */
export function quoteValue(value: string, lengthNote: LengthNote): string {
  if (value.length <= MAX_QUOTED_CHARS) return escape(value);
  const head = escape(value.slice(0, cutPoint(value))).slice(0, -1);
  return `${head}…"${lengthNote(formatCount(value.length))}`;
}

/** `value` as it is (a number or a percentage as written), cut like quoteValue. */
export function cutValue(value: string, lengthNote: LengthNote): string {
  if (value.length <= MAX_QUOTED_CHARS) return value;
  return `${value.slice(0, cutPoint(value))}…${lengthNote(formatCount(value.length))}`;
}

/** MAX_QUOTED_CHARS, one less where that would split a surrogate pair. */
function cutPoint(value: string): number {
  const last = value.charCodeAt(MAX_QUOTED_CHARS - 1);
  return last >= 0xd800 && last <= 0xdbff ? MAX_QUOTED_CHARS - 1 : MAX_QUOTED_CHARS;
}

function escape(value: string): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** "00A0" for U+00A0: a character's code point as U+ notation writes it. */
export function codePoint(character: string): string {
  return (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

const EN_LENGTH: LengthNote = (length) => ` (${length} characters)`;
const ZH_LENGTH: LengthNote = (length) => `（共 ${length} 个字符）`;

/** A quoted value in an English message. */
export const quoteEn = (value: string): string => quoteValue(value, EN_LENGTH);
/** A value shown bare in an English message. */
export const cutEn = (value: string): string => cutValue(value, EN_LENGTH);
/** A quoted value cut without its length, for messages that state the length themselves. */
export const quoteCut = (value: string): string => quoteValue(value, () => "");
/** A quoted value in a Chinese message. */
export const quoteZh = (value: string): string => quoteValue(value, ZH_LENGTH);
/** A value shown bare in a Chinese message. */
export const cutZh = (value: string): string => cutValue(value, ZH_LENGTH);
