import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Node } from "yaml";
import { msg, type Message } from "../i18n/message.js";
import { compareCodeUnits } from "../util/code-unit-order.js";

export interface FormatResult {
  /** The formatted file (BOM and CRLF line ends kept when the input had them). */
  text: string;
  /** Identical entries that were merged, as sentences for stderr. */
  merged: Message[];
  /** Entries with the same openid but a different reason or expiry: fmt cannot choose. */
  conflicts: Message[];
}

/**
 * `wxbl fmt`'s rewrite: users sorted by openid (plain code-unit order, never case-folded),
 * identical entries merged (the first kept with its comments). Comments, blank lines and
 * every other key stay as written. Uses `yaml`'s Document API, which keeps comments; the
 * caller checks the file first (it refuses files with errors other than duplicates).
 */
export function formatDesired(input: string): FormatResult {
  const bom = input.startsWith("\uFEFF");
  const crlf = input.includes("\r\n");
  const text = (bom ? input.slice(1) : input).replaceAll("\r\n", "\n");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const merged: Message[] = [];
  const conflicts: Message[] = [];
  const users = isMap(doc.contents) ? doc.contents.get("users", true) : undefined;
  if (isSeq(users)) {
    // A comment between `users:` and the first entry belongs to that entry: it moves with it.
    const first = users.items[0] as Node | undefined;
    if (users.commentBefore && first && !first.commentBefore) {
      first.commentBefore = users.commentBefore;
      users.commentBefore = undefined;
    }
    const lineOf = (node: unknown) => lineCounter.linePos((node as Node).range?.[0] ?? 0).line;
    const keyed = users.items.map((node, index) => ({ node, index, openid: openidOf(node) }));
    keyed.sort((a, b) => compareCodeUnits(a.openid, b.openid) || a.index - b.index);
    const kept: typeof keyed = [];
    for (const item of keyed) {
      const previous = kept[kept.length - 1];
      if (previous === undefined || previous.openid !== item.openid) {
        kept.push(item);
        continue;
      }
      const lines = {
        openid: item.openid,
        first: lineOf(previous.node),
        second: lineOf(item.node),
      };
      if (metadataOf(previous.node) === metadataOf(item.node)) {
        merged.push(msg("desired.fmt.merged", lines));
      } else {
        conflicts.push(msg("desired.fmt.conflict", lines));
        kept.push(item);
      }
    }
    users.items = kept.map((item) => item.node);
  }
  let output = doc.toString({ lineWidth: 0 });
  if (crlf) output = output.replaceAll("\n", "\r\n");
  return { text: bom ? `\uFEFF${output}` : output, merged, conflicts };
}

function openidOf(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  if (isMap(node)) return String(node.get("openid") ?? "");
  return "";
}

/** What must agree for two entries of one openid to be the same entry. */
function metadataOf(node: unknown): string {
  if (!isMap(node)) return "{}";
  return JSON.stringify([node.get("reason") ?? null, node.get("expires") ?? null]);
}
