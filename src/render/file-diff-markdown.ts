import type { EntryDiff, FileDiff } from "../reconcile/file-diff.js";
import { summaryLine } from "./file-diff-text.js";

/**
 * Under GitHub's 65,536-character limit for comments, with room for the plan next to it in
 * the same comment (SPEC section 3 keeps every markdown output under 60,000).
 */
export const MARKDOWN_LIMIT = 60_000;

/**
 * `wxbl diff` as markdown for a pull request (step summary, plan comment): a summary table,
 * warnings as a GitHub alert, changed settings, and the entries in `<details>`, cut with a
 * count of the rest so the whole stays under `limit` characters however large the change.
 */
export function renderFileDiffMarkdown(diff: FileDiff, limit = MARKDOWN_LIMIT): string {
  const head: string[] = [`### wxbl diff: \`${diff.file}\` against \`${diff.base}\``, ""];
  if (diff.base_missing) {
    head.push(`_\`${diff.file}\` did not exist at \`${diff.base}\`: every entry is added._`, "");
  }
  const { added, changed, removed, unchanged, old, new: next } = diff.summary;
  head.push(
    "| added | changed | removed | unchanged | entries before | entries after |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${count(added)} | ${count(changed)} | ${count(removed)} | ${count(unchanged)} | ${count(old)} | ${count(next)} |`,
    "",
  );
  if (diff.warnings.length > 0) {
    head.push("> [!WARNING]", ...diff.warnings.map((w) => `> - ${cell(w)}`), "");
  }
  if (diff.settings.length > 0) {
    head.push(
      `**Settings changed:** ${diff.settings
        .map((s) => `\`${s.setting}\` ${code(s.from)} → ${code(s.to)}`)
        .join(", ")}`,
      "",
    );
  }
  if (diff.entries.length === 0) {
    head.push(summaryLine(diff));
    return `${head.join("\n")}\n`;
  }

  const open = [
    `<details><summary>Entries (${count(diff.entries.length)})</summary>`,
    "",
    "| change | openid | line | reason | expires |",
    "| --- | --- | ---: | --- | --- |",
  ];
  const close = ["", "</details>", ""];
  const cutNote = (rest: number) =>
    `| … | ${count(rest)} more not shown: run \`wxbl diff --base ${diff.base}\` for all | | | |`;
  // Reserve room for the frame and a cut note, then add rows while they fit.
  let budget =
    limit -
    [...head, ...open, ...close].join("\n").length -
    cutNote(diff.entries.length).length -
    8;
  const rows: string[] = [];
  for (const entry of diff.entries) {
    const row = entryRow(entry);
    if (row.length + 1 > budget) break;
    rows.push(row);
    budget -= row.length + 1;
  }
  if (rows.length < diff.entries.length) rows.push(cutNote(diff.entries.length - rows.length));
  return `${[...head, ...open, ...rows, ...close].join("\n")}\n`;
}

function entryRow(entry: EntryDiff): string {
  const id = `\`${entry.openid}\``;
  switch (entry.kind) {
    case "added":
      return `| ➕ added | ${id} | ${entry.line} | ${cell(entry.reason)} | ${cell(entry.expires)} |`;
    case "removed":
      return `| ➖ removed | ${id} | was ${entry.oldLine} | ${cell(entry.reason)} | ${cell(entry.expires)} |`;
    case "changed": {
      const line =
        entry.line === entry.oldLine ? `${entry.line}` : `${entry.line} (was ${entry.oldLine})`;
      const reason = entry.reason ? `${fromTo(entry.reason.from, entry.reason.to)}` : "";
      const expires = entry.expires ? fromTo(entry.expires.from, entry.expires.to) : "";
      return `| ✏️ changed | ${id} | ${line} | ${reason} | ${expires} |`;
    }
  }
}

function fromTo(from: string | null, to: string | null): string {
  return `${from === null ? "_none_" : `~~${cell(from)}~~`} → ${to === null ? "_none_" : cell(to)}`;
}

function code(value: string | null): string {
  return value === null ? "_none_" : `\`${value}\``;
}

/**
 * Free text (a reason) made safe for one table cell: no line breaks, no table pipes, no
 * HTML, and no @mention that would notify someone from a bot comment.
 */
function cell(text: string | undefined): string {
  if (text === undefined) return "";
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/@/g, "&#64;")
    .replace(/`/g, "&#96;");
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
