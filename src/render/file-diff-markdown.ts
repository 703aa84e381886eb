import { t } from "../i18n/catalog.js";
import { formatCount } from "../i18n/format-number.js";
import type { Lang } from "../i18n/lang.js";
import { say } from "../i18n/message.js";
import type { EntryDiff, FileDiff } from "../reconcile/file-diff.js";
import { summaryLine } from "./file-diff-text.js";
import { MARKDOWN_LIMIT, codeSpan, escapeMarkdown, fitRows } from "./markdown.js";
import { clip } from "./plain-text.js";

export { MARKDOWN_LIMIT } from "./markdown.js";

// Longest pieces of outside text shown whole; anything longer is clipped with "…".
const MAX_TEXT = 200;

export interface FileDiffMarkdownOptions {
  /** The reader's language (SPEC 12). */
  lang: Lang;
  /** At most this many characters (default MARKDOWN_LIMIT), e.g. to share a comment. */
  limit?: number;
}

/**
 * `wxbl diff` as markdown for a pull request (step summary, plan comment): a summary table,
 * warnings as a GitHub alert, changed settings, and the entries in `<details>`, cut with a
 * count of the rest so the whole stays under the limit however large the change, in any
 * language (the size is measured on the rendered text).
 */
export function renderFileDiffMarkdown(diff: FileDiff, options: FileDiffMarkdownOptions): string {
  const { lang } = options;
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const file = codeSpan(clip(diff.file, MAX_TEXT));
  const base = codeSpan(clip(diff.base, MAX_TEXT));
  const none = t(lang, "diff.md.none");
  const head: string[] = [t(lang, "diff.md.heading", { file, base }), ""];
  if (diff.base_missing) head.push(t(lang, "diff.md.baseMissing", { file, base }), "");
  const { added, changed, removed, unchanged, old, new: next } = diff.summary;
  const counts = [added, changed, removed, unchanged, old, next].map(formatCount);
  head.push(
    t(lang, "diff.md.summaryColumns"),
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${counts.join(" | ")} |`,
    "",
  );
  if (diff.warningMessages.length > 0) {
    const warnings = diff.warningMessages.map((w) => `> - ${escapeMarkdown(say(lang, w))}`);
    head.push("> [!WARNING]", ...warnings, "");
  }
  if (diff.settings.length > 0) {
    const value = (v: string | null) => (v === null ? none : codeSpan(clip(v, MAX_TEXT)));
    const list = diff.settings
      .map((s) => `${codeSpan(s.setting)} ${value(s.from)} → ${value(s.to)}`)
      .join(", ");
    head.push(t(lang, "diff.md.settings", { list }), "");
  }
  if (diff.entries.length === 0) {
    head.push(escapeMarkdown(summaryLine(diff, lang)));
    return `${head.join("\n")}\n`;
  }

  const open =
    `<details><summary>${t(lang, "diff.md.entries", { n: diff.entries.length })}</summary>\n\n` +
    `${t(lang, "diff.md.entryColumns")}\n| --- | --- | ---: | --- | --- |\n`;
  const close = "\n</details>\n";
  const cut = (rest: number) =>
    `| … | ${t(lang, "diff.md.rest", { n: rest, base: escapeMarkdown(clip(diff.base, MAX_TEXT)) })} | | | |\n`;
  const fixed = `${head.join("\n")}\n${open}`;
  const budget = limit - 1 - fixed.length - close.length;
  const { text } = fitRows(diff.entries, (entry) => entryRow(entry, lang), cut, budget);
  return fixed + text + close;
}

function entryRow(entry: EntryDiff, lang: Lang): string {
  const id = /^[A-Za-z0-9_-]+$/.test(entry.openid)
    ? `\`${clip(entry.openid, 128)}\``
    : escapeMarkdown(clip(entry.openid, 128));
  const cells = (change: string, line: string, reason: string, expires: string) =>
    `| ${change} | ${id} | ${line} | ${reason} | ${expires} |\n`;
  switch (entry.kind) {
    case "added":
      return cells(
        t(lang, "diff.md.added"),
        String(entry.line),
        text(entry.reason),
        text(entry.expires),
      );
    case "removed":
      return cells(
        t(lang, "diff.md.removed"),
        t(lang, "diff.md.was", { line: entry.oldLine }),
        text(entry.reason),
        text(entry.expires),
      );
    case "changed": {
      const line =
        entry.line === entry.oldLine
          ? String(entry.line)
          : `${entry.line} (${t(lang, "diff.md.was", { line: entry.oldLine })})`;
      const none = t(lang, "diff.md.none");
      const fromTo = (change: { from: string | null; to: string | null } | undefined) =>
        change === undefined
          ? ""
          : `${change.from === null ? none : `~~${text(change.from)}~~`} → ${change.to === null ? none : text(change.to)}`;
      return cells(t(lang, "diff.md.changed"), line, fromTo(entry.reason), fromTo(entry.expires));
    }
  }
}

/** Free text from the file (a reason, a date) as inert markdown for one table cell. */
function text(value: string | undefined): string {
  return value === undefined ? "" : escapeMarkdown(clip(value, MAX_TEXT));
}
