import {
  contentEndOf,
  eolOf,
  lineEndOf,
  lineKind,
  lineStartOf,
  ownCommentsStart,
  scalarEnd,
  type EntryLayout,
  type FieldLayout,
  type UsersLayout,
} from "./users-layout.js";

/**
 * The layout of a file the fast scanner read, from the line of each entry that the loader
 * recorded. Only valid for such a file: there, every line is blank, a comment line or one line
 * of content (no multi-line scalars), an entry is its "- " line and the deeper-indented lines
 * under it, and `users:` is a plain top-level key. Entries are worked out when asked for, so an
 * edit of a few entries of a million costs a few lines' work (plus one pass to index the lines).
 */
export function fastLayout(text: string, entryLines: ArrayLike<number>): UsersLayout | undefined {
  const count = entryLines.length;
  if (count === 0) return undefined; // an empty list is `users: []`, which the full reader reads
  const lineStarts = indexLines(text);
  const cache = new Map<number, EntryLayout | undefined>();
  const entry = (index: number): EntryLayout | undefined => {
    if (index < 0 || index >= count) return undefined;
    if (!cache.has(index)) {
      const start = lineStarts[(entryLines[index] as number) - 1];
      cache.set(index, start === undefined ? undefined : entryAt(text, start));
    }
    return cache.get(index);
  };
  const first = entry(0);
  const last = entry(count - 1);
  if (first === undefined || last === undefined) return undefined;
  const usersLine = lineStartBefore(text, first.ownStart);
  if (usersLine < 0 || !text.startsWith("users:", usersLine)) return undefined;
  const dash = text.indexOf("-", first.start);
  const content = skipSpaces(text, dash + 1);
  const ownStart = (index: number): number | undefined => {
    const start =
      index < 0 || index >= count ? undefined : lineStarts[(entryLines[index] as number) - 1];
    if (start === undefined || text.charCodeAt(skipSpaces(text, start)) !== 45) return undefined;
    return ownCommentsStart(text, start, 0);
  };
  return {
    count,
    entry,
    ownStart,
    listEnd: last.end,
    keyColonEnd: usersLine + "users:".length,
    style: {
      indent: text.slice(first.start, dash),
      gap: text.slice(dash + 1, content),
      eol: eolOf(text, first.start),
      bare: hasBareEntry(text, lineStarts, entryLines),
    },
  };
}

/** The entry whose "- " line starts at `start`. */
function entryAt(text: string, start: number): EntryLayout | undefined {
  const dash = skipSpaces(text, start);
  if (text.charCodeAt(dash) !== 45) return undefined;
  const indent = dash - start;
  const content = skipSpaces(text, dash + 1);
  const fields = new Map<string, FieldLayout>();
  let bare: EntryLayout["bare"];
  const firstLineEnd = contentEndOf(text, start);
  if (keyAt(text, content, firstLineEnd) === undefined) {
    const end = scalarEnd(text, content, firstLineEnd);
    if (end < 0) return undefined;
    bare = { start: content, end };
  } else if (!addField(text, fields, start, content, firstLineEnd, true)) {
    return undefined;
  }
  // The lines under the "- " line that are indented deeper belong to the entry; comment lines
  // among them too, but not those after its last line (they sit above whatever comes next).
  let end = lineEndOf(text, start);
  let at = end;
  while (at < text.length) {
    const kind = lineKind(text, at);
    const next = lineEndOf(text, at);
    if (kind === "content") {
      const key = skipSpaces(text, at);
      if (key - at <= indent) break;
      if (bare !== undefined) return undefined;
      if (!addField(text, fields, at, key, contentEndOf(text, at), false)) return undefined;
      end = next;
    }
    at = next;
  }
  const ownStart = ownCommentsStart(text, start, 0);
  return bare !== undefined ? { ownStart, start, end, bare } : { ownStart, start, end, fields };
}

/** Reads `key: value` at `key` on the line starting at `lineStart` into `fields`. */
function addField(
  text: string,
  fields: Map<string, FieldLayout>,
  lineStart: number,
  key: number,
  contentEnd: number,
  onItemLine: boolean,
): boolean {
  const found = keyAt(text, key, contentEnd);
  if (found === undefined || fields.has(found.name)) return false;
  const valueStart = skipSpaces(text, found.colon + 1);
  const valueEnd = scalarEnd(text, valueStart, contentEnd);
  if (valueStart >= contentEnd || valueEnd < 0) return false;
  fields.set(found.name, {
    lineStart,
    lineEnd: lineEndOf(text, lineStart),
    onItemLine,
    keyStart: key,
    value: { start: valueStart, end: valueEnd },
    inline: true,
  });
  return true;
}

/** A plain key at `at` followed by ": " (or ":" at the line's end), as the fast scanner reads keys. */
export function keyAt(
  text: string,
  at: number,
  contentEnd: number,
): { name: string; colon: number } | undefined {
  let c = text.charCodeAt(at);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return undefined;
  let end = at + 1;
  for (; end < contentEnd; end++) {
    c = text.charCodeAt(end);
    const word = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!word && c !== 95 && c !== 45) break;
  }
  if (end >= contentEnd || c !== 58) return undefined;
  if (end + 1 < contentEnd && text.charCodeAt(end + 1) !== 32) return undefined;
  return { name: text.slice(at, end), colon: end };
}

function hasBareEntry(
  text: string,
  lineStarts: Int32Array,
  entryLines: ArrayLike<number>,
): boolean {
  for (let i = 0; i < entryLines.length; i++) {
    const start = lineStarts[(entryLines[i] as number) - 1] as number;
    const content = skipSpaces(text, skipSpaces(text, start) + 1);
    if (keyAt(text, content, contentEndOf(text, start)) === undefined) return true;
  }
  return false;
}

/** The start of the last content line that begins before `offset`, or -1. */
function lineStartBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const start = lineStartOf(text, at - 1);
    if (lineKind(text, start) === "content") return start;
    at = start;
  }
  return -1;
}

/** The start offset of every line (index 0 is line 1). */
function indexLines(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
    starts[line++] = at + 1;
  return starts;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}
