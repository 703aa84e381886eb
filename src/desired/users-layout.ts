/**
 * Where the users of a desired-state file sit in its text, as offsets: what an edit needs to
 * splice entries in and out without touching a byte of anything else (SPEC section 10). Two
 * readers compute it: `fastLayout` from the lines the fast scanner accepted, `fullLayout` from
 * the `yaml` parser's node ranges for everything else. Both give the same layout for a file the
 * fast scanner reads (a property test holds them to it).
 */

/** A half-open range of UTF-16 offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

export interface FieldLayout {
  /** Start of the line that holds the key. */
  lineStart: number;
  /** Just past that line's line break (or the end of the text). */
  lineEnd: number;
  /** True when the key sits on the entry's "- " line. */
  onItemLine: boolean;
  /** Where the key starts. */
  keyStart: number;
  /** The value as written, without a trailing comment. */
  value: Span;
  /** False when the value is not a one-line scalar: it cannot be replaced in place. */
  inline: boolean;
}

export interface EntryLayout {
  /** Start of the first of the entry's own comment lines above it (`start` when none). */
  ownStart: number;
  /** Start of the line holding the entry's "-". */
  start: number;
  /** Just past the line break that ends the entry's last line (or the end of the text). */
  end: number;
  /** A bare entry ("- o…"): the openid as written. */
  bare?: Span;
  /** A map entry's fields by key. */
  fields?: Map<string, FieldLayout>;
}

/** How the file writes its entries, so that new ones look like their neighbours. */
export interface EntryStyle {
  /** What comes before "-" on an entry's line. */
  indent: string;
  /** Between "-" and the entry's content. */
  gap: string;
  /** The line ending ("\n" or "\r\n"). */
  eol: string;
  /** True when the file has bare entries: a new entry without reason or expiry is bare too. */
  bare: boolean;
}

export interface UsersLayout {
  count: number;
  /** Entry `index`; undefined when it cannot be edited in place (the caller re-serialises). */
  entry(index: number): EntryLayout | undefined;
  /** Just entry `index`'s `ownStart` (where a new entry before it goes): cheaper than entry(). */
  ownStart(index: number): number | undefined;
  /** Where entries added after the last one go. */
  listEnd: number;
  /** Just past the colon of `users:` (where " []" goes when every entry is removed). */
  keyColonEnd: number;
  /** An empty `users: []`: the text to drop (" []") and where the first entries then go. */
  emptyList?: { drop: Span; insertAt: number };
  style: EntryStyle;
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
}

/** Just past the line break that ends the line holding `offset` (the text's end on the last line). */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * The line ending of the line holding `offset`: "\r\n" or "\n"; on an unterminated last line,
 * that of the line before it.
 */
export function eolOf(text: string, offset: number): string {
  let newline = text.indexOf("\n", offset);
  if (newline < 0) newline = text.lastIndexOf("\n", offset);
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? "\r\n" : "\n";
}

/** Classifies the line starting at `start`: blank, a comment line, or content. */
export function lineKind(text: string, start: number): "blank" | "comment" | "content" {
  let at = start;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9) {
      at++;
      continue;
    }
    if (Number.isNaN(c) || c === 10 || (c === 13 && text.charCodeAt(at + 1) === 10)) return "blank";
    return c === 35 ? "comment" : "content";
  }
}

/**
 * The entry's own comment lines above it (SPEC section 1): the comment lines directly above the
 * line at `start`, up to a blank line, a content line or `floor` (the end of the previous entry,
 * or of the `users:` line). Returns where the first of them starts (`start` when none).
 */
export function ownCommentsStart(text: string, start: number, floor: number): number {
  let first = start;
  while (first > floor) {
    const previous = lineStartOf(text, first - 1);
    if (previous < floor || lineKind(text, previous) !== "comment") break;
    first = previous;
  }
  return first;
}

/**
 * The end of a one-line scalar written from `start` (quoted or plain), before any comment, or -1
 * when a quoted scalar does not close on this line. `lineEnd` is where the line's content ends.
 */
export function scalarEnd(text: string, start: number, lineEnd: number): number {
  const first = text.charCodeAt(start);
  if (first === 34) {
    for (let at = start + 1; at < lineEnd; at++) {
      const c = text.charCodeAt(at);
      if (c === 92) at++;
      else if (c === 34) return at + 1;
    }
    return -1;
  }
  if (first === 39) {
    for (let at = start + 1; at < lineEnd; at++) {
      if (text.charCodeAt(at) !== 39) continue;
      if (text.charCodeAt(at + 1) === 39) at++;
      else return at + 1;
    }
    return -1;
  }
  let end = lineEnd;
  for (let at = start + 1; at < lineEnd; at++) {
    if (text.charCodeAt(at) !== 35) continue;
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9) {
      end = at;
      break;
    }
  }
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end;
}

/** Where a line's content ends: before "\r\n" or "\n" (or at the end of the text). */
export function contentEndOf(text: string, lineStart: number): number {
  let end = text.indexOf("\n", lineStart);
  if (end < 0) end = text.length;
  if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
