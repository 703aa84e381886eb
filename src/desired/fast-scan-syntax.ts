import type { SourcePos } from "./raw-document.js";
import { isNonStringPlain } from "./yaml-scalar.js";

/**
 * What the fast scanner (fast-scan.ts, which reads) and its positions (fast-scan-positions.ts,
 * which find a node's line and column again) share: the few pieces of YAML syntax they
 * recognise, the shapes they record, and the signal to give up (to the full parser).
 */

export const GIVE_UP = Symbol("give up");
export function giveUp(): never {
  throw GIVE_UP;
}

export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;
export const TAB = 9;
export const CR = 13;
export const PERCENT = 37;
/** A plain scalar cannot start with these (YAML c-indicators; - ? : handled apart). */
export const INDICATORS = new Set(",[]{}#&*!|>%@`");
/** Keys of the format, shared rather than sliced out of the text a million times. */
const KNOWN_KEYS = ["openid", "reason", "expires", "version", "appid", "prune", "guard", "users"];

/** The known key spelled at text[start, end), if any. */
function knownKey(text: string, start: number, end: number): string | undefined {
  for (const key of KNOWN_KEYS) {
    if (key.length === end - start && text.startsWith(key, start)) return key;
  }
  return undefined;
}

/** 1 for the characters of an openid (A-Z a-z 0-9 _ -), by character code below 128. */
const ID_CHARS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") {
  ID_CHARS[c.charCodeAt(0)] = 1;
}

/**
 * True when text[start, end) is a plain scalar YAML reads as that very string, by the cheap
 * test that fits nearly every openid: only openid characters, starting with a letter that
 * cannot begin a null, boolean or number (so it is no key either: there is no colon).
 */
export function isPlainWord(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 32; // lower case, for letters
  if (first < 97 || first > 122) return false;
  // n, t and f (and their capitals) may begin null, true or false.
  if (first === 110 || first === 116 || first === 102) return false;
  for (let at = start + 1; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c > 127 || ID_CHARS[c] !== 1) return false;
  }
  return true;
}

export interface Line {
  start: number;
  /** End of the content (before "\r\n" or "\n"). */
  end: number;
  /** Offset of the first non-space character. */
  content: number;
  indent: number;
  number: number;
}

export interface TextPos extends SourcePos {
  text?: string;
}

export interface MapPositions {
  keys: Map<string, { key: TextPos; value: TextPos }>;
}

/** A growable Int32Array: a million positions without a million boxed numbers. */
export class IntList {
  private data: Int32Array;
  length = 0;
  /**
   * `capacity`: room to start with. A generous guess costs nothing (pages never written are
   * never touched); growing by doubling touches every page twice.
   */
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.data[index] : undefined;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export interface SeqPositions {
  lines: IntList;
  columns: IntList;
  offsets: IntList;
}

/**
 * The offset of the colon of a plain key at text[start, end) followed by ": " or by ":" at
 * the end of the line, or -1.
 */
export function keyColon(text: string, start: number, end: number): number {
  let at = start;
  let c = text.charCodeAt(at);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  for (at++; at < end; at++) {
    c = text.charCodeAt(at);
    const word = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!word && c !== 95 && c !== DASH) break;
  }
  if (c !== COLON || at >= end) return -1;
  if (at + 1 < end && text.charCodeAt(at + 1) !== SPACE) return -1;
  return at;
}

/** The name of the key at text[start, colon): a shared string for the format's keys. */
export function keyName(text: string, start: number, colon: number): string {
  const known = knownKey(text, start, colon);
  if (known !== undefined) return known;
  const name = text.slice(start, colon);
  if (isNonStringPlain(name)) giveUp(); // `null:` or `true:` are not string keys
  return name;
}

/** Past the spaces at `at` (not tabs). */
export function spacesEnd(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}

/**
 * Past the separation spaces at `at`. YAML 1.2 also separates with tabs (after "- ", ": ",
 * before a comment), but a tab right there is left to the full parser: giving up is always
 * correct.
 */
export function skipSpaces(text: string, at: number, end: number): number {
  const past = spacesEnd(text, at, end);
  if (past < end && text.charCodeAt(past) === TAB) giveUp();
  return past;
}

/** Offset of a comment's `#` (preceded by a space or tab) in [start, end), or -1. */
export function commentStart(text: string, start: number, end: number): number {
  for (let at = start + 1; at < end; at++) {
    if (text.charCodeAt(at) !== HASH) continue;
    const before = text.charCodeAt(at - 1);
    if (before === SPACE || before === TAB) return at - 1;
  }
  return -1;
}
