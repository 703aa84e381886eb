import { isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import type { Node, YAMLSeq } from "yaml";
import {
  eolOf,
  lineEndOf,
  lineStartOf,
  ownCommentsStart,
  type EntryLayout,
  type FieldLayout,
  type UsersLayout,
} from "./users-layout.js";

/**
 * The layout of any file, from the node ranges of `yaml`'s parser: for the files the fast
 * scanner leaves alone (a `---` line, block scalars, anchors, `users: []`...). Undefined when
 * the users list cannot be edited line by line (a flow list with entries, a lone CR line break);
 * an entry is undefined when it does not start its own "- " line.
 */
export function fullLayout(text: string): UsersLayout | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find(
    (item) => isPair(item) && isScalar(item.key) && item.key.value === "users",
  );
  const seq = pair?.value;
  if (pair === undefined || !isSeq(seq) || seq.tag !== undefined || seq.anchor !== undefined)
    return undefined;
  const keyEnd = (pair.key as Node).range?.[1] ?? -1;
  const colon = text.indexOf(":", keyEnd);
  if (keyEnd < 0 || colon < 0) return undefined;
  const keyColonEnd = colon + 1;
  if (seq.flow) return emptyFlowList(text, seq, keyColonEnd);

  const count = seq.items.length;
  const usersLineEnd = lineEndOf(text, colon);
  const cache = new Map<number, EntryLayout | undefined>();
  const entry = (index: number): EntryLayout | undefined => {
    if (index < 0 || index >= count) return undefined;
    if (!cache.has(index)) {
      const floor = index === 0 ? usersLineEnd : itemEnd(text, seq.items[index - 1]);
      cache.set(index, entryOf(text, seq.items[index], floor));
    }
    return cache.get(index);
  };
  const first = entry(0);
  const last = entry(count - 1);
  if (first === undefined || last === undefined) return undefined;
  const dash = text.indexOf("-", first.start);
  return {
    count,
    entry,
    ownStart: (index) => entry(index)?.ownStart,
    listEnd: last.end,
    keyColonEnd,
    style: {
      indent: text.slice(first.start, dash),
      gap: text.slice(dash + 1, nodeStart(seq.items[0])),
      eol: eolOf(text, first.start),
      bare: seq.items.some((item) => isScalar(item)),
    },
  };
}

/** `users: []`: " []" is dropped and the entries go on the lines after it. */
function emptyFlowList(text: string, seq: YAMLSeq, keyColonEnd: number): UsersLayout | undefined {
  const range = seq.range;
  if (seq.items.length > 0 || range === undefined || range === null) return undefined;
  if (/\S/.test(text.slice(keyColonEnd, range[0]))) return undefined;
  const insertAt = lineEndOf(text, range[1] - 1);
  return {
    count: 0,
    entry: () => undefined,
    ownStart: () => undefined,
    listEnd: insertAt,
    keyColonEnd,
    emptyList: { drop: { start: keyColonEnd, end: range[1] }, insertAt },
    style: { indent: "  ", gap: " ", eol: eolOf(text, keyColonEnd), bare: true },
  };
}

function entryOf(text: string, item: unknown, floor: number): EntryLayout | undefined {
  const begin = nodeStart(item);
  if (begin < 0) return undefined;
  const start = lineStartOf(text, begin);
  if (!/^ *- +$/.test(text.slice(start, begin))) return undefined;
  const end = itemEnd(text, item);
  const ownStart = ownCommentsStart(text, start, floor);
  if (isScalar(item)) {
    if (item.anchor !== undefined || item.tag !== undefined) return undefined;
    return { ownStart, start, end, bare: valueSpan(item) };
  }
  if (!isMap(item) || item.anchor !== undefined || item.tag !== undefined) return undefined;
  const fields = new Map<string, FieldLayout>();
  for (const field of item.items) {
    if (!isScalar(field.key) || !isScalar(field.value)) return undefined;
    const keyStart = nodeStart(field.key);
    const value = valueSpan(field.value);
    const lineStart = lineStartOf(text, keyStart);
    const inline =
      field.value.anchor === undefined &&
      field.value.tag === undefined &&
      !text.slice(keyStart, value.end).includes("\n") &&
      (field.value.type === "PLAIN" ||
        field.value.type === "QUOTE_SINGLE" ||
        field.value.type === "QUOTE_DOUBLE");
    fields.set(String(field.key.value), {
      lineStart,
      lineEnd: lineEndOf(text, keyStart),
      onItemLine: lineStart === start,
      keyStart,
      value,
      inline,
    });
  }
  return { ownStart, start, end, fields };
}

function nodeStart(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? -1;
}

function valueSpan(node: Node): { start: number; end: number } {
  const range = node.range as [number, number, number];
  return { start: range[0], end: range[1] };
}

/** Just past the line that holds the item's last character (its value, or a comment after it). */
function itemEnd(text: string, item: unknown): number {
  const range = (item as Node | null)?.range;
  if (!range) return -1;
  let last = range[1];
  while (last > range[0] && /\s/.test(text[last - 1] as string)) last--;
  return lineEndOf(text, Math.max(range[0], last - 1));
}
