import type { DesiredEntry, DesiredState, GuardLimit } from "../desired/desired-state.js";

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

/** The `--format json` shape; keys in this order, always present. */
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
  warnings: string[];
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
  const warnings = old ? diffWarnings(old, next, summary) : [];

  return {
    format: "wxbl-diff/1",
    file: input.file,
    base: input.base,
    base_missing: old === undefined,
    summary,
    settings,
    entries: [...added, ...changed, ...removed],
    warnings,
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

function diffWarnings(old: DesiredState, next: DesiredState, summary: FileDiffSummary): string[] {
  const warnings: string[] = [];
  const { removed, old: oldCount } = summary;
  const afterRemoval = next.prune
    ? "with prune: true they will be unblocked on the live account"
    : "with prune: false they stay blocked on the live account, unmanaged";

  if (next.users.length === 0 && oldCount > 0 && next.prune) {
    warnings.push(
      `the file lists no users any more: with prune: true every live entry would be unblocked (apply refuses this without --force)`,
    );
  } else if (oldCount >= REMOVAL_WARNING.minEntries && removed > oldCount * REMOVAL_WARNING.share) {
    warnings.push(
      `this change removes ${count(removed)} of ${count(oldCount)} entries (${share(removed, oldCount)}), ` +
        `over ${REMOVAL_WARNING.share * 100}% of the file; ${afterRemoval}`,
    );
  }

  if (!old.prune && next.prune) {
    warnings.push(
      "prune turned on: live entries missing from the file will now be unblocked (see the plan for how many)",
    );
  } else if (old.prune && !next.prune) {
    warnings.push(
      "prune turned off: live entries missing from the file will no longer be unblocked, and removing an entry will not unblock it",
    );
  }

  if (old.appid !== next.appid) {
    warnings.push(
      next.appid === undefined
        ? `the appid guard is removed (was ${old.appid}): wxbl will no longer refuse to touch another account`
        : old.appid === undefined
          ? `an appid guard is added: ${next.appid}; wxbl will refuse to touch any other account`
          : `appid changed from ${old.appid} to ${next.appid}: this file now targets another account`,
    );
  }

  for (const key of ["max_block", "max_unblock"] as const) {
    const before = old.guard[key];
    const after = next.guard[key];
    if (before.kind === after.kind && after.value > before.value) {
      warnings.push(`guard loosened: ${key} from ${formatLimit(before)} to ${formatLimit(after)}`);
    } else if (before.kind !== after.kind) {
      warnings.push(
        `guard changed: ${key} from ${formatLimit(before)} to ${formatLimit(after)} (a ${after.kind === "count" ? "count" : "percentage of the live list"} now); check it is not looser for your list size`,
      );
    }
  }
  return warnings;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function share(part: number, whole: number): string {
  return `${((part * 100) / whole).toFixed(1).replace(/\.0$/, "")}%`;
}
