import { parse } from "yaml";
import { ScanPositions } from "./fast-scan-positions.js";
import {
  COLON,
  CR,
  DASH,
  GIVE_UP,
  HASH,
  INDICATORS,
  IntList,
  PERCENT,
  SPACE,
  TAB,
  giveUp,
  isPlainWord,
  keyColon,
  keyName,
  skipSpaces,
  type Line,
  type MapPositions,
  type SeqPositions,
  type TextPos,
} from "./fast-scan-syntax.js";
import type { RawDocument } from "./raw-document.js";
import { resolvePlain } from "./yaml-scalar.js";

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

/** An item takes at least 4 characters ("- x" and a line break): a bound on the items left. */
function itemsAtMost(text: string, from: number): number {
  return Math.ceil((text.length - from) / 4);
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
      const valueStart = skipSpaces(this.text, this.keyEnd, line.end);
      if (valueStart < line.end && text.charCodeAt(valueStart) !== HASH) {
        data[name] = this.scalar(valueStart, line);
        const value = this.scalarPos(line);
        this.top.keys.set(name, { key: keyPos, value });
        continue;
      }
      const following = this.peek();
      if (following !== undefined && this.startsItem(following) && following.indent >= 0) {
        const seq: SeqPositions = {
          lines: new IntList(itemsAtMost(text, following.start)),
          columns: new IntList(itemsAtMost(text, following.start)),
          offsets: new IntList(itemsAtMost(text, following.start)),
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
    const positions = new ScanPositions(text, this.top, this.nested);
    return {
      data: sawContent ? data : null,
      locate: (path, key) => {
        const { line, column } = positions.find(path, key ?? false, false);
        return { line, column };
      },
      sourceText: (path) => positions.find(path, false, true).text,
      itemPositions: (key) => positions.items(key),
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
      const start = skipSpaces(this.text, line.content + 1, line.end);
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
    const valueStart = skipSpaces(this.text, this.keyEnd, line.end);
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
    const colon = keyColon(this.text, start, end);
    if (colon < 0) return undefined;
    this.keyEnd = colon + 1;
    return keyName(this.text, start, colon);
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
    const rest = skipSpaces(this.text, close, line.end);
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

  private startsItem(line: Line): boolean {
    if (this.text.charCodeAt(line.content) !== DASH) return false;
    const after = this.text.charCodeAt(line.content + 1);
    return line.content + 1 >= line.end || after === SPACE;
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
      const content = skipSpaces(this.text, start, end);
      if (content === end) continue;
      const c = text.charCodeAt(content);
      if (c === TAB) giveUp(); // tab in indentation (or a tab-only line): the full parser decides
      if (c === HASH) continue;
      if (content === start && c === PERCENT) giveUp(); // a directive
      return { start, end, content, indent: content - start, number: this.lineNumber };
    }
    return undefined;
  }
}
