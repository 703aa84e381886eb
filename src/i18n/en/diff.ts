import { formatCount, formatShare } from "../format-number.js";

/**
 * English: `wxbl diff` (what a change to the file does) in text and markdown, and its warnings
 * (src/reconcile/file-diff.ts; the JSON keeps them in English). Values from the file arrive
 * ready to print, escaped by the renderer for its format.
 */
const entries = (n: number) => `${formatCount(n)} ${n === 1 ? "entry" : "entries"}`;

export const diff = {
  "diff.none": () => "(none)",
  "diff.summary": (p: {
    added: number;
    changed: number;
    removed: number;
    unchanged: number;
    old: number;
    new: number;
  }) =>
    `Diff: ${formatCount(p.added)} added, ${formatCount(p.changed)} changed, ${formatCount(p.removed)} removed, ` +
    `${formatCount(p.unchanged)} unchanged (${formatCount(p.old)} -> ${formatCount(p.new)} entries).`,
  "diff.noChanges": (p: { file: string; base: string; n: number }) =>
    `No changes to ${p.file} since ${p.base} (${entries(p.n)}).`,

  // Text.
  "diff.text.baseMissing": (p: { file: string; base: string }) =>
    `Note: ${p.file} did not exist at ${p.base}: every entry is added.`,
  "diff.text.line": (p: { line: number }) => `line ${p.line}`,
  "diff.text.moved": (p: { line: number; oldLine: number }) => `line ${p.line} (was ${p.oldLine})`,
  "diff.text.removed": (p: { oldLine: number }) => `(was line ${p.oldLine})`,
  "diff.text.reason": (p: { reason: string }) => `reason: ${p.reason}`,
  "diff.text.expires": (p: { date: string }) => `expires: ${p.date}`,
  "diff.text.separator": () => "; ",
  "diff.text.warning": (p: { warning: string }) => `Warning: ${p.warning}`,

  // Markdown.
  "diff.md.heading": (p: { file: string; base: string }) =>
    `### wxbl diff: ${p.file} against ${p.base}`,
  "diff.md.baseMissing": (p: { file: string; base: string }) =>
    `_${p.file} did not exist at ${p.base}: every entry is added._`,
  "diff.md.summaryColumns": () =>
    "| added | changed | removed | unchanged | entries before | entries after |",
  "diff.md.settings": (p: { list: string }) => `**Settings changed:** ${p.list}`,
  "diff.md.entries": (p: { n: number }) => `Entries (${formatCount(p.n)})`,
  "diff.md.entryColumns": () => "| change | openid | line | reason | expires |",
  "diff.md.added": () => "➕ added",
  "diff.md.removed": () => "➖ removed",
  "diff.md.changed": () => "✏️ changed",
  "diff.md.was": (p: { line: number }) => `was ${p.line}`,
  "diff.md.none": () => "_none_",
  "diff.md.rest": (p: { n: number; base: string }) =>
    `${formatCount(p.n)} more not shown: run \`wxbl diff --base ${p.base}\` for all`,

  // Warnings: a change to the file that deserves a second look.
  "diff.warn.emptied": () =>
    "the file lists no users any more: with prune: true every live entry would be unblocked (apply refuses this without --force)",
  "diff.warn.largeRemoval": (p: { removed: number; old: number; over: number; prune: boolean }) =>
    `this change removes ${formatCount(p.removed)} of ${formatCount(p.old)} entries (${formatShare(p.removed, p.old)}), ` +
    `over ${p.over}% of the file; ` +
    (p.prune
      ? "with prune: true they will be unblocked on the live account"
      : "with prune: false they stay blocked on the live account, unmanaged"),
  "diff.warn.pruneOn": () =>
    "prune turned on: live entries missing from the file will now be unblocked (see the plan for how many)",
  "diff.warn.pruneOff": () =>
    "prune turned off: live entries missing from the file will no longer be unblocked, and removing an entry will not unblock it",
  "diff.warn.appidRemoved": (p: { was: string }) =>
    `the appid guard is removed (was ${p.was}): wxbl will no longer refuse to touch another account`,
  "diff.warn.appidAdded": (p: { appid: string }) =>
    `an appid guard is added: ${p.appid}; wxbl will refuse to touch any other account`,
  "diff.warn.appidChanged": (p: { from: string; to: string }) =>
    `appid changed from ${p.from} to ${p.to}: this file now targets another account`,
  "diff.warn.guardLoosened": (p: { key: string; from: string; to: string }) =>
    `guard loosened: ${p.key} from ${p.from} to ${p.to}`,
  "diff.warn.guardKind": (p: {
    key: string;
    from: string;
    to: string;
    kind: "count" | "percent";
  }) =>
    `guard changed: ${p.key} from ${p.from} to ${p.to} (a ${p.kind === "count" ? "count" : "percentage of the live list"} now); ` +
    "check it is not looser for your list size",
};
