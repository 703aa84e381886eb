import type { EntryDiff, FileDiff } from "../reconcile/file-diff.js";

/**
 * `wxbl diff` as text: one line per entry (`+` added, `~` changed, `-` removed) with its
 * line in the new file (or in the base for removed ones), then the settings, the warnings
 * and a one-line summary. Every entry is listed: this is the review of a file change.
 */
export function renderFileDiffText(diff: FileDiff, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  if (diff.base_missing) {
    lines.push(`Note: ${diff.file} did not exist at ${diff.base}: every entry is added.`, "");
  }
  for (const entry of diff.entries) {
    const sign = { added: "+", changed: "~", removed: "-" }[entry.kind];
    const colour = { added: "32", changed: "33", removed: "31" }[entry.kind];
    lines.push(paint(colour, `${sign} ${entry.openid}  ${where(entry)}${details(entry)}`));
  }
  for (const s of diff.settings) {
    lines.push(paint("33", `~ ${s.setting}: ${s.from ?? "(none)"} -> ${s.to ?? "(none)"}`));
  }
  if (diff.entries.length > 0 || diff.settings.length > 0) lines.push("");
  for (const warning of diff.warnings) lines.push(paint("1;33", `Warning: ${warning}`));
  lines.push(summaryLine(diff));
  return `${lines.join("\n")}\n`;
}

/** "Diff: 2 added, 1 changed, 1 removed, 1,200 unchanged (1,203 -> 1,204 entries)." */
export function summaryLine(diff: FileDiff): string {
  const { added, changed, removed, unchanged, old, new: next } = diff.summary;
  if (added + changed + removed === 0 && diff.settings.length === 0) {
    return `No changes to ${diff.file} since ${diff.base} (${count(next)} ${next === 1 ? "entry" : "entries"}).`;
  }
  return (
    `Diff: ${count(added)} added, ${count(changed)} changed, ${count(removed)} removed, ` +
    `${count(unchanged)} unchanged (${count(old)} -> ${count(next)} entries).`
  );
}

function where(entry: EntryDiff): string {
  if (entry.kind === "removed") return `(was line ${entry.oldLine})`;
  if (entry.kind === "changed" && entry.oldLine !== entry.line) {
    return `line ${entry.line} (was ${entry.oldLine})`;
  }
  return `line ${entry.line}`;
}

function details(entry: EntryDiff): string {
  const parts: string[] = [];
  if (entry.kind === "changed") {
    if (entry.reason)
      parts.push(`reason: ${quote(entry.reason.from)} -> ${quote(entry.reason.to)}`);
    if (entry.expires) {
      parts.push(`expires: ${entry.expires.from ?? "(none)"} -> ${entry.expires.to ?? "(none)"}`);
    }
  } else {
    if (entry.reason !== undefined) parts.push(`reason: ${quote(entry.reason)}`);
    if (entry.expires !== undefined) parts.push(`expires: ${entry.expires}`);
  }
  return parts.length > 0 ? `  ${parts.join("; ")}` : "";
}

function quote(text: string | null): string {
  return text === null ? "(none)" : JSON.stringify(text);
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
