import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { say } from "../i18n/message.js";
import type { EntryDiff, FileDiff } from "../reconcile/file-diff.js";
import { plainText } from "./plain-text.js";

/**
 * `wxbl diff` as text: one line per entry (`+` added, `~` changed, `-` removed) with its
 * line in the new file (or in the base for removed ones), then the settings, the warnings
 * and a one-line summary. Every entry is listed: this is the review of a file change.
 */
export function renderFileDiffText(
  diff: FileDiff,
  options: { lang: Lang; color?: boolean },
): string {
  const { lang } = options;
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const none = t(lang, "diff.none");
  const lines: string[] = [];
  if (diff.base_missing) {
    lines.push(t(lang, "diff.text.baseMissing", { file: diff.file, base: diff.base }), "");
  }
  for (const entry of diff.entries) {
    const sign = { added: "+", changed: "~", removed: "-" }[entry.kind];
    const colour = { added: "32", changed: "33", removed: "31" }[entry.kind];
    const text = `${sign} ${plainText(entry.openid)}  ${where(entry, lang)}${details(entry, lang)}`;
    lines.push(paint(colour, text));
  }
  for (const s of diff.settings) {
    lines.push(paint("33", `~ ${s.setting}: ${s.from ?? none} -> ${s.to ?? none}`));
  }
  if (diff.entries.length > 0 || diff.settings.length > 0) lines.push("");
  for (const warning of diff.warningMessages) {
    lines.push(paint("1;33", t(lang, "diff.text.warning", { warning: say(lang, warning) })));
  }
  lines.push(summaryLine(diff, lang));
  return `${lines.join("\n")}\n`;
}

/** "Diff: 2 added, 1 changed, 1 removed, 1,200 unchanged (1,203 -> 1,204 entries)." */
export function summaryLine(diff: FileDiff, lang: Lang): string {
  const { added, changed, removed } = diff.summary;
  if (added + changed + removed === 0 && diff.settings.length === 0) {
    return t(lang, "diff.noChanges", { file: diff.file, base: diff.base, n: diff.summary.new });
  }
  return t(lang, "diff.summary", diff.summary);
}

function where(entry: EntryDiff, lang: Lang): string {
  if (entry.kind === "removed") return t(lang, "diff.text.removed", { oldLine: entry.oldLine });
  if (entry.kind === "changed" && entry.oldLine !== entry.line) {
    return t(lang, "diff.text.moved", { line: entry.line, oldLine: entry.oldLine });
  }
  return t(lang, "diff.text.line", { line: entry.line });
}

function details(entry: EntryDiff, lang: Lang): string {
  const none = t(lang, "diff.none");
  const quote = (text: string | null) => (text === null ? none : plainText(JSON.stringify(text)));
  const date = (text: string | null) => (text === null ? none : plainText(text));
  const parts: string[] = [];
  if (entry.kind === "changed") {
    if (entry.reason) {
      const reason = `${quote(entry.reason.from)} -> ${quote(entry.reason.to)}`;
      parts.push(t(lang, "diff.text.reason", { reason }));
    }
    if (entry.expires) {
      const change = `${date(entry.expires.from)} -> ${date(entry.expires.to)}`;
      parts.push(t(lang, "diff.text.expires", { date: change }));
    }
  } else {
    if (entry.reason !== undefined) {
      parts.push(t(lang, "diff.text.reason", { reason: quote(entry.reason) }));
    }
    if (entry.expires !== undefined) {
      parts.push(t(lang, "diff.text.expires", { date: date(entry.expires) }));
    }
  }
  return parts.length > 0 ? `  ${parts.join(t(lang, "diff.text.separator"))}` : "";
}
