import type { DesiredEntry, DesiredState, GuardLimit } from "../desired/desired-state.js";
import { msg, say, type Message } from "../i18n/message.js";

/**
 * What a change to the desired-state file does to the file itself (`wxbl diff`), between a
 * base version (a git revision) and the new one: entries added, removed and changed, the
 * settings that changed, and guard-style warnings. Pure: no git, no clock, no WeChat; the
 * live account is the plan's business, not the diff's.
 */

/** One entry that differs. Lines are 1-based: `line` in the new file, `oldLine` in the base. */
export type EntryDiff =
  | { kind: "added"; openid: string; line: number; reason?: string; expires?: string }
  | { kind: "removed"; openid: string; oldLine: number; reason?: string; expires?: string }
  | {
      kind: "changed";
      openid: string;
      line: number;
      oldLine: number;
      reason?: { from: string | null; to: string | null };
      expires?: { from: string | null; to: string | null };
    };

/** A top-level setting that differs; values as written in the file ("25%", "true", "wx…"). */
export interface SettingDiff {
  setting: "appid" | "prune" | "guard.max_block" | "guard.max_unblock";
  from: string | null;
  to: string | null;
}

export interface FileDiffSummary {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Entries in the base version (0 when the file did not exist there). */
  old: number;
  /** Entries in the new version. */
  new: number;
}

/**
 * The `--format json` shape (src/render/file-diff-json.ts): its keys in this order, always
 * present, and `warningMessages`, which the JSON leaves out.
 */
export interface FileDiff {
  format: "wxbl-diff/1";
  file: string;
  base: string;
  /** True when the file did not exist at the base revision: every entry is "added". */
  base_missing: boolean;
  summary: FileDiffSummary;
  settings: SettingDiff[];
  /** Added and changed by line in the new file, then removed by line in the base. */
  entries: EntryDiff[];
  /** In English: the JSON never changes with the language (SPEC 12). */
  warnings: string[];
  /** The same warnings as catalogue messages, for text and markdown in the reader's language. */
  warningMessages: Message[];
}

/**
 * When a change removes this much of the file, say so (as the plan's guard would for the
 * live list): the default max_unblock guard is 25%, and like the guard's percentage it only
 * counts once the base file has at least 20 entries (SPEC section 3).
 */
export const REMOVAL_WARNING = { share: 0.25, minEntries: 20 } as const;

export function fileDiff(input: {
  base: string;
  file: string;
  old: DesiredState | undefined;
  new: DesiredState;
}): FileDiff {
  const { old, new: next } = input;
  const oldUsers = old?.users ?? [];
  const oldById = new Map(oldUsers.map((entry) => [entry.openid, entry]));
  const newIds = new Set(next.users.map((entry) => entry.openid));

  // 1. Entries: added and changed in new-file order, removed in base-file order.
  const added: EntryDiff[] = [];
  const changed: EntryDiff[] = [];
  let unchanged = 0;
  for (const entry of next.users) {
    const before = oldById.get(entry.openid);
    if (!before) {
      added.push({ kind: "added", openid: entry.openid, line: entry.line, ...metadata(entry) });
      continue;
    }
    const change = entryChange(before, entry);
    if (change) changed.push(change);
    else unchanged++;
  }
  const removed: EntryDiff[] = oldUsers
    .filter((entry) => !newIds.has(entry.openid))
    .map((entry) => ({
      kind: "removed" as const,
      openid: entry.openid,
      oldLine: entry.line,
      ...metadata(entry),
    }));

  // 2. Settings.
  const settings = old ? settingChanges(old, next) : [];

  // 3. Warnings.
  const summary: FileDiffSummary = {
    added: added.length,
    removed: removed.length,
    changed: changed.length,
    unchanged,
    old: oldUsers.length,
    new: next.users.length,
  };
  const warningMessages = old ? diffWarnings(old, next, summary) : [];

  return {
    format: "wxbl-diff/1",
    file: input.file,
    base: input.base,
    base_missing: old === undefined,
    summary,
    settings,
    entries: [...added, ...changed, ...removed],
    warnings: warningMessages.map((message) => say("en", message)),
    warningMessages,
  };
}

/** "25%" or "50": a guard limit as it is written in the file. */
export function formatLimit(limit: GuardLimit): string {
  return limit.kind === "percent" ? `${limit.value}%` : String(limit.value);
}

function metadata(entry: DesiredEntry): { reason?: string; expires?: string } {
  const result: { reason?: string; expires?: string } = {};
  if (entry.reason !== undefined) result.reason = entry.reason;
  if (entry.expires !== undefined) result.expires = entry.expires;
  return result;
}

function entryChange(before: DesiredEntry, after: DesiredEntry): EntryDiff | undefined {
  const reason = fieldChange(before.reason, after.reason);
  const expires = fieldChange(before.expires, after.expires);
  if (!reason && !expires) return undefined;
  return {
    kind: "changed",
    openid: after.openid,
    line: after.line,
    oldLine: before.line,
    ...(reason && { reason }),
    ...(expires && { expires }),
  };
}

function fieldChange(
  from: string | undefined,
  to: string | undefined,
): { from: string | null; to: string | null } | undefined {
  return from === to ? undefined : { from: from ?? null, to: to ?? null };
}

function settingChanges(old: DesiredState, next: DesiredState): SettingDiff[] {
  const pairs: [SettingDiff["setting"], string | null, string | null][] = [
    ["appid", old.appid ?? null, next.appid ?? null],
    ["prune", String(old.prune), String(next.prune)],
    ["guard.max_block", formatLimit(old.guard.max_block), formatLimit(next.guard.max_block)],
    ["guard.max_unblock", formatLimit(old.guard.max_unblock), formatLimit(next.guard.max_unblock)],
  ];
  return pairs
    .filter(([, from, to]) => from !== to)
    .map(([setting, from, to]) => ({ setting, from, to }));
}

function diffWarnings(old: DesiredState, next: DesiredState, summary: FileDiffSummary): Message[] {
  const warnings: Message[] = [];
  const { removed, old: oldCount } = summary;

  if (next.users.length === 0 && oldCount > 0 && next.prune) {
    warnings.push(msg("diff.warn.emptied"));
  } else if (oldCount >= REMOVAL_WARNING.minEntries && removed > oldCount * REMOVAL_WARNING.share) {
    warnings.push(
      msg("diff.warn.largeRemoval", {
        removed,
        old: oldCount,
        over: REMOVAL_WARNING.share * 100,
        prune: next.prune,
      }),
    );
  }

  if (!old.prune && next.prune) warnings.push(msg("diff.warn.pruneOn"));
  else if (old.prune && !next.prune) warnings.push(msg("diff.warn.pruneOff"));

  if (old.appid !== next.appid) {
    warnings.push(
      next.appid === undefined
        ? msg("diff.warn.appidRemoved", { was: old.appid as string })
        : old.appid === undefined
          ? msg("diff.warn.appidAdded", { appid: next.appid })
          : msg("diff.warn.appidChanged", { from: old.appid, to: next.appid }),
    );
  }

  for (const key of ["max_block", "max_unblock"] as const) {
    const before = old.guard[key];
    const after = next.guard[key];
    const change = { key, from: formatLimit(before), to: formatLimit(after) };
    if (before.kind === after.kind && after.value > before.value) {
      warnings.push(msg("diff.warn.guardLoosened", change));
    } else if (before.kind !== after.kind) {
      warnings.push(msg("diff.warn.guardKind", { ...change, kind: after.kind }));
    }
  }
  return warnings;
}
