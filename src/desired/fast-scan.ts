import { parse } from "yaml";
import type { NodePath, RawDocument, SourcePos } from "./raw-document.js";
import { isNonStringPlain, resolvePlain } from "./yaml-scalar.js";

/**
 * The fast reader: a line scanner for the layout wxbl writes and people usually write
 * (a top-level block map; flat nested maps; block sequences of scalars or of flat maps;
 * plain, single- or one-line double-quoted scalars; comments). It reads 1M entries in a
 * fraction of what a full YAML parse costs.
 *
 * It either reads a line exactly as YAML 1.2 would, or gives up: anything else (flow
 * collections, anchors, tags, block scalars, multi-line scalars, tabs in indentation or as
 * separation (after "- ", ": "), documents markers,
 * duplicate keys, syntax errors) returns undefined and the caller uses the full parser,
 * which also reports the errors. Positions are kept as numbers, not objects, per entry.
 */
export function fastScan(text: string): RawDocument | undefined {
  try {
    return new FastScanner(text).scan();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const GIVE_UP = Symbol("give up");
function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const TAB = 9;
const CR = 13;
const PERCENT = 37;
/** A plain scalar cannot start with these (YAML c-indicators; - ? : handled apart). */
const INDICATORS = new Set(",[]{}#&*!|>%@`");
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
function isPlainWord(text: string, start: number, end: number): boolean {
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

interface Line {
  start: number;
  /** End of the content (before "\r\n" or "\n"). */
  end: number;
  /** Offset of the first non-space character. */
  content: number;
  indent: number;
  number: number;
}

interface TextPos extends SourcePos {
  text?: string;
}

interface MapPositions {
  keys: Map<string, { key: TextPos; value: TextPos }>;
}

/** A growable Int32Array: a million positions without a million boxed numbers. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;
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

interface SeqPositions {
  lines: IntList;
  columns: IntList;
  offsets: IntList;
}

class FastScanner {
  private pos = 0;
  private lineNumber = 0;
  private peeked: Line | undefined;
  /** Set by key(): the offset just after the key's colon. */
  private keyEnd = 0;
  /** Set by scalar(): the scalar's 1-based column and the offset just after it. */
  private scalarColumn = 0;
  private scalarEnd = 0;
  private readonly top: MapPositions = { keys: new Map() };
  private readonly nested = new Map<string, MapPositions | SeqPositions>();

  constructor(private readonly text: string) {}

  scan(): RawDocument {
    const { text } = this;
    // A lone \r is a YAML line break too: leave such files to the full parser.
    if (text.includes("\r") && /\r(?!\n)/.test(text)) giveUp();
    const data: Record<string, unknown> = {};
    let line: Line | undefined;
    let sawContent = false;
    while ((line = this.next()) !== undefined) {
      sawContent = true;
      if (line.indent !== 0) giveUp();
      if (text.startsWith("---", line.start) || text.startsWith("...", line.start)) giveUp();
      const name = this.key(line.content, line.end);
      if (name === undefined || Object.hasOwn(data, name)) giveUp();
      const keyPos: TextPos = { line: line.number, column: 1, text: name };
      const valueStart = this.skipSpaces(this.keyEnd, line.end);
      if (valueStart < line.end && text.charCodeAt(valueStart) !== HASH) {
        data[name] = this.scalar(valueStart, line);
        const value = this.scalarPos(line);
        this.top.keys.set(name, { key: keyPos, value });
        continue;
      }
      const following = this.peek();
      if (following !== undefined && this.startsItem(following) && following.indent >= 0) {
        const seq: SeqPositions = {
          lines: new IntList(),
          columns: new IntList(),
          offsets: new IntList(),
        };
        data[name] = this.seq(following.indent, seq);
        this.nested.set(name, seq);
      } else if (following !== undefined && following.indent > 0) {
        const map: MapPositions = { keys: new Map() };
        data[name] = this.map(following.indent, map);
        this.nested.set(name, map);
      } else {
        data[name] = null;
      }
      const block = following === undefined || data[name] === null ? undefined : following;
      const valuePos = block ? { line: block.number, column: block.indent + 1 } : keyPos;
      this.top.keys.set(name, { key: keyPos, value: valuePos });
    }
    return {
      data: sawContent ? data : null,
      locate: (path, key) => {
        const { line, column } = this.find(path, key ?? false, false);
        return { line, column };
      },
      sourceText: (path) => this.find(path, false, true).text,
      itemPositions: (key) => {
        const seq = this.nested.get(key);
        if (seq === undefined || "keys" in seq) return undefined;
        return { lines: seq.lines.view(), columns: seq.columns.view() };
      },
    };
  }

  /** A flat map of `key: scalar` lines at exactly `indent`. */
  private map(indent: number, positions: MapPositions): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    let line: Line | undefined;
    while ((line = this.peek()) !== undefined && line.indent > 0) {
      if (line.indent !== indent) giveUp();
      this.next();
      const name = this.entry(line, line.content, result);
      const key = { line: line.number, column: line.indent + 1, text: name };
      positions.keys.set(name, { key, value: this.scalarPos(line) });
    }
    return result;
  }

  /** A block sequence whose `- ` sit at `indent`; items are scalars or flat maps. */
  private seq(indent: number, positions: SeqPositions): unknown[] {
    const items: unknown[] = [];
    let line: Line | undefined;
    while ((line = this.peek()) !== undefined && line.indent >= indent) {
      if (line.indent !== indent || !this.startsItem(line)) {
        if (indent === 0 && line.indent === 0) break; // the next top-level key
        giveUp();
      }
      this.next();
      const start = this.skipSpaces(line.content + 1, line.end);
      if (start >= line.end || this.text.charCodeAt(start) === HASH) giveUp(); // null or nested
      positions.lines.push(line.number);
      positions.columns.push(start - line.start + 1);
      positions.offsets.push(start);
      if (isPlainWord(this.text, start, line.end)) {
        items.push(this.text.slice(start, line.end));
        continue;
      }
      if (this.key(start, line.end) === undefined) {
        items.push(this.scalar(start, line));
        continue;
      }
      const keyIndent = start - line.start;
      const item: Record<string, unknown> = {};
      let entryLine: Line | undefined = line;
      let entryStart = start;
      for (;;) {
        this.entry(entryLine, entryStart, item);
        entryLine = this.peek();
        if (entryLine === undefined || entryLine.indent !== keyIndent) break;
        this.next();
        entryStart = entryLine.content;
      }
      items.push(item);
    }
    return items;
  }

  /** Reads `key: scalar` at `start` into `into`; returns the key. */
  private entry(line: Line, start: number, into: Record<string, unknown>): string {
    const name = this.key(start, line.end);
    if (name === undefined || Object.hasOwn(into, name)) giveUp();
    const valueStart = this.skipSpaces(this.keyEnd, line.end);
    if (valueStart >= line.end || this.text.charCodeAt(valueStart) === HASH) giveUp();
    into[name] = this.scalar(valueStart, line);
    return name;
  }

  /** The position and source of the scalar scalar() just read. */
  private scalarPos(line: Line): TextPos {
    const start = line.start + this.scalarColumn - 1;
    return {
      line: line.number,
      column: this.scalarColumn,
      text: this.text.slice(start, this.scalarEnd),
    };
  }

  /** A plain key followed by ": " or ":" at the end of the line. */
  private key(start: number, end: number): string | undefined {
    const { text } = this;
    let at = start;
    let c = text.charCodeAt(at);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return undefined;
    for (at++; at < end; at++) {
      c = text.charCodeAt(at);
      const word = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (!word && c !== 95 && c !== DASH) break;
    }
    if (c !== COLON || at >= end) return undefined;
    const separator = text.charCodeAt(at + 1);
    if (at + 1 < end && separator !== SPACE) return undefined;
    let name = knownKey(text, start, at);
    if (name === undefined) {
      name = text.slice(start, at);
      if (isNonStringPlain(name)) giveUp(); // `null:` or `true:` are not string keys
    }
    this.keyEnd = at + 1;
    return name;
  }

  /** A one-line scalar from `start` to the end of `line` (an optional comment may follow). */
  private scalar(start: number, line: Line): unknown {
    const { text } = this;
    const first = text[start] as string;
    this.scalarColumn = start - line.start + 1;
    let close: number;
    let value: unknown;
    if (first === '"') {
      close = start + 1;
      let escaped = false;
      while (close < line.end && text.charCodeAt(close) !== 34) {
        if (text.charCodeAt(close) === 92) {
          escaped = true;
          close++;
        }
        close++;
      }
      if (close >= line.end) giveUp(); // runs on to the next line
      const source = text.slice(start, close + 1);
      value = escaped ? this.parseQuoted(source) : source.slice(1, -1);
      close++;
    } else if (first === "'") {
      close = start + 1;
      for (;;) {
        close = text.indexOf("'", close);
        if (close < 0 || close >= line.end) giveUp();
        if (text.charCodeAt(close + 1) !== 39) break;
        close += 2;
      }
      value = text.slice(start + 1, close).replaceAll("''", "'");
      close++;
    } else if (isPlainWord(text, start, line.end)) {
      this.scalarEnd = line.end;
      return text.slice(start, line.end);
    } else {
      if (INDICATORS.has(first)) giveUp();
      const second = text.charCodeAt(start + 1);
      if (
        (first === "-" || first === "?" || first === ":") &&
        (start + 1 >= line.end || second === SPACE || second === TAB)
      ) {
        giveUp();
      }
      // One pass to the comment or the line's end: a ": " (or ":" at the end) makes a key.
      let end = line.end;
      for (let at = start + 1; at < line.end; at++) {
        const c = text.charCodeAt(at);
        if (c === HASH) {
          const before = text.charCodeAt(at - 1);
          if (before === SPACE || before === TAB) {
            end = at - 1;
            break;
          }
        } else if (c === COLON) {
          const after = text.charCodeAt(at + 1);
          if (at + 1 >= line.end || after === SPACE || after === TAB) giveUp();
        }
      }
      while (
        end > start &&
        (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)
      )
        end--;
      this.scalarEnd = end;
      return resolvePlain(text.slice(start, end));
    }
    // After a quoted scalar: only spaces and a comment.
    const rest = this.skipSpaces(close, line.end);
    if (rest < line.end && (text.charCodeAt(rest) !== HASH || rest === close)) giveUp();
    this.scalarEnd = close;
    return value;
  }

  private parseQuoted(source: string): unknown {
    try {
      return parse(source);
    } catch {
      return giveUp();
    }
  }

  /** Offset of a comment's `#` (preceded by a space or tab) in [start, end), or -1. */
  private commentStart(start: number, end: number): number {
    for (let at = start + 1; at < end; at++) {
      if (this.text.charCodeAt(at) !== HASH) continue;
      const before = this.text.charCodeAt(at - 1);
      if (before === SPACE || before === TAB) return at - 1;
    }
    return -1;
  }

  private startsItem(line: Line): boolean {
    if (this.text.charCodeAt(line.content) !== DASH) return false;
    const after = this.text.charCodeAt(line.content + 1);
    return line.content + 1 >= line.end || after === SPACE;
  }

  /**
   * Past the spaces at `at`. YAML 1.2 also separates with tabs (after "- ", ": ", before a
   * comment), but a tab right there is left to the full parser: giving up is always correct.
   */
  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    if (at < end && this.text.charCodeAt(at) === TAB) giveUp();
    return at;
  }

  private peek(): Line | undefined {
    this.peeked ??= this.read();
    return this.peeked;
  }

  private next(): Line | undefined {
    const line = this.peek();
    this.peeked = undefined;
    return line;
  }

  /** The next line with content (blank lines and comment lines are skipped). */
  private read(): Line | undefined {
    const { text } = this;
    while (this.pos < text.length) {
      const start = this.pos;
      let newline = text.indexOf("\n", start);
      if (newline < 0) newline = text.length;
      this.pos = newline + 1;
      this.lineNumber++;
      let end = newline;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      const content = this.skipSpaces(start, end);
      if (content === end) continue;
      const c = text.charCodeAt(content);
      if (c === TAB) giveUp(); // tab in indentation (or a tab-only line): the full parser decides
      if (c === HASH) continue;
      if (content === start && c === PERCENT) giveUp(); // a directive
      return { start, end, content, indent: content - start, number: this.lineNumber };
    }
    return undefined;
  }

  // ---- positions, computed on demand (only problems need them) ----

  private find(path: NodePath, key: boolean, withText: boolean): TextPos {
    const origin: TextPos = { line: 1, column: 1 };
    const [first, second, third] = path;
    if (first === undefined) return origin;
    const top = this.top.keys.get(String(first));
    if (top === undefined) return origin;
    if (second === undefined) return key ? top.key : top.value;
    const nested = this.nested.get(String(first));
    if (nested === undefined) return top.value;
    if ("keys" in nested) {
      const entry = nested.keys.get(String(second));
      if (entry === undefined) return top.key;
      return key ? entry.key : entry.value;
    }
    const index = Number(second);
    const line = nested.lines.at(index);
    const column = nested.columns.at(index);
    const offset = nested.offsets.at(index);
    if (line === undefined || column === undefined || offset === undefined) return top.key;
    if (third === undefined)
      return withText ? { line, column, text: this.itemText(offset) } : { line, column };
    return this.locateInItem(offset, line, column, String(third), key) ?? { line, column };
  }

  /** The source text of a scalar item (for messages such as "quote it"). */
  private itemText(offset: number): string {
    let end = this.text.indexOf("\n", offset);
    if (end < 0) end = this.text.length;
    if (this.text.charCodeAt(end - 1) === CR) end--;
    const comment = this.commentStart(offset, end);
    return this.text.slice(offset, comment >= 0 ? comment : end).trimEnd();
  }

  /** Re-reads a map item from its first key to find `name`. */
  private locateInItem(
    offset: number,
    line: number,
    column: number,
    name: string,
    key: boolean,
  ): TextPos | undefined {
    let at = offset;
    let number = line;
    for (;;) {
      let end = this.text.indexOf("\n", at);
      if (end < 0) end = this.text.length;
      const lineEnd = this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
      const found = this.key(at, lineEnd);
      if (found === name) {
        if (key) return { line: number, column, text: name };
        const valueStart = this.skipSpaces(this.keyEnd, lineEnd);
        return {
          line: number,
          column: valueStart - (at - column + 1) + 1,
          text: this.itemText(valueStart),
        };
      }
      // The next line of this item: same indentation, skipping blank and comment lines.
      let next: number | undefined;
      let nextStart = end + 1;
      while (nextStart < this.text.length) {
        number++;
        let nextEnd = this.text.indexOf("\n", nextStart);
        if (nextEnd < 0) nextEnd = this.text.length;
        const content = this.skipSpaces(nextStart, nextEnd);
        const c = this.text.charCodeAt(content);
        if (content < nextEnd && c !== HASH && c !== CR) {
          if (content - nextStart === column - 1) next = content;
          break;
        }
        nextStart = nextEnd + 1;
      }
      if (next === undefined) return undefined;
      at = next;
    }
  }
}
