import type { NodePath } from "./raw-document.js";
import {
  CR,
  HASH,
  commentStart,
  keyColon,
  keyName,
  spacesEnd,
  type MapPositions,
  type SeqPositions,
  type TextPos,
} from "./fast-scan-syntax.js";

/**
 * Where a node of a file the fast scanner read is: computed on demand, since only problems
 * need positions. The scanner records each top-level key, each nested map's keys, and each
 * sequence item's line, column and offset; a key inside an item is found by re-reading the
 * item from its first line.
 */
export class ScanPositions {
  constructor(
    private readonly text: string,
    private readonly top: MapPositions,
    private readonly nested: Map<string, MapPositions | SeqPositions>,
  ) {}

  /** The lines and columns of a top-level sequence's items, all at once. */
  items(key: string): { lines: Int32Array; columns: Int32Array } | undefined {
    const seq = this.nested.get(key);
    if (seq === undefined || "keys" in seq) return undefined;
    return { lines: seq.lines.view(), columns: seq.columns.view() };
  }

  find(path: NodePath, key: boolean, withText: boolean): TextPos {
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
    const comment = commentStart(this.text, offset, end);
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
      const colon = keyColon(this.text, at, lineEnd);
      if (colon >= 0 && keyName(this.text, at, colon) === name) {
        if (key) return { line: number, column, text: name };
        const valueStart = spacesEnd(this.text, colon + 1, lineEnd);
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
        const content = spacesEnd(this.text, nextStart, nextEnd);
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
