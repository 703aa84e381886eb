import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import type { Change } from "../reconcile/change.js";
import { EXPIRY_NOTICE_DAYS, type ExpiringEntry } from "../reconcile/expiry.js";
import type { Plan } from "../reconcile/plan-types.js";
import type { PlanNotes } from "../reconcile/plan-notes.js";
import { expiresText, guardReasons, whyText } from "./plan-words.js";
import { plainText } from "./plain-text.js";

export interface PlanTextOptions {
  /** The reader's language (SPEC 12). */
  lang: Lang;
  /** ANSI colours (green blocks, red unblocks); the caller decides (terminal, NO_COLOR, --no-color). */
  color: boolean;
  /** Show every change instead of the first LINES_PER_ACTION of each action. */
  full: boolean;
  /** The desired-state file as the operator named it, for `(blacklist.yaml:14)`. */
  file: string;
  /** `apply --force`: a tripped guard is reported as overridden, not as a refusal. */
  forced?: boolean;
  /**
   * The guard's reasons as messages and the temporary bans (src/reconcile/plan-notes.ts);
   * without them the reasons are shown in English and no expiry note is made.
   */
  notes?: PlanNotes;
}

/** Changes shown per action before the list is cut (SPEC section 3); `--full` shows all. */
export const LINES_PER_ACTION = 100;

const ANSI = {
  green: "\u001b[32m",
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  bold: "\u001b[1m",
  reset: "\u001b[0m",
};

/**
 * The plan for a terminal or a log: one line per change, then the totals, the temporary bans
 * that end within a week, then the guard. In English:
 *
 *     + block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links (#142)  expires 2027-03-01 (in 273 days)  (blacklist.yaml:14)
 *     - unblock oDF3iY9WKs7Jx-4vHq2pZc0aNtLm  not in file
 *
 *     Plan: 1 to block, 1 to unblock, 1,200 unchanged.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions): string {
  const { lang } = options;
  const paint = (code: string, text: string) =>
    options.color ? `${code}${text}${ANSI.reset}` : text;
  const file = plainText(options.file);
  const today = options.notes?.today;
  const { summary } = plan;
  const lines: string[] = [];

  // 1. The changes, blocks then unblocks, each list cut unless --full.
  for (const action of ["block", "unblock"] as const) {
    let shown = 0;
    let hidden = 0;
    for (const change of plan.changes) {
      if (change.action !== action) continue;
      if (options.full || shown < LINES_PER_ACTION) {
        const line = changeLine(change, file, lang, today);
        lines.push(paint(action === "block" ? ANSI.green : ANSI.red, line));
        shown++;
      } else {
        hidden++;
      }
    }
    if (hidden > 0) lines.push(t(lang, "plan.text.more", { n: hidden, action }));
  }
  if (lines.length > 0) lines.push("");

  // 2. The totals.
  if (summary.block === 0 && summary.unblock === 0) {
    lines.push(t(lang, "plan.noChanges", { file }));
  } else {
    lines.push(t(lang, "plan.text.totals", summary));
  }
  if (summary.unmanaged > 0) {
    lines.push(t(lang, "plan.text.unmanaged", { n: summary.unmanaged, file }));
  }

  // 3. Temporary bans that end within the week (SPEC 10), so nobody is surprised by them.
  const soon = options.notes?.expiring ?? [];
  if (soon.length > 0) {
    lines.push("", t(lang, "plan.text.expiring", { n: soon.length, days: EXPIRY_NOTICE_DAYS }));
    const shown = options.full ? soon : soon.slice(0, LINES_PER_ACTION);
    for (const entry of shown) lines.push(expiringLine(entry, file, lang, today));
    if (shown.length < soon.length) {
      lines.push(t(lang, "plan.text.moreExpiring", { n: soon.length - shown.length }));
    }
  }

  // 4. The guard, clearly marked: apply will refuse this plan without --force.
  if (plan.guard.tripped) {
    lines.push("");
    lines.push(
      paint(
        ANSI.bold + ANSI.yellow,
        t(lang, options.forced ? "plan.text.guardForced" : "plan.text.guardTripped"),
      ),
    );
    for (const reason of guardReasons(lang, plan.guard, options.notes))
      lines.push(paint(ANSI.yellow, `  ! ${plainText(reason)}`));
  }
  return `${lines.join("\n")}\n`;
}

function changeLine(change: Change, file: string, lang: Lang, today: string | undefined): string {
  const id = plainText(change.openid);
  const parts =
    change.action === "block"
      ? [`${t(lang, "plan.text.block")} ${id}`]
      : [`${t(lang, "plan.text.unblock")} ${id}`, plainText(whyText(lang, change.why))];
  if (change.reason !== undefined && change.reason !== "") parts.push(plainText(change.reason));
  if (change.action === "block" && change.expires !== undefined) {
    parts.push(expiresText(lang, plainText(change.expires), today));
  }
  if (change.line !== undefined) parts.push(`(${file}:${change.line})`);
  return parts.join("  ");
}

function expiringLine(
  entry: ExpiringEntry,
  file: string,
  lang: Lang,
  today: string | undefined,
): string {
  const parts = [`  ${plainText(entry.openid)}`, expiresText(lang, entry.expires, today)];
  if (entry.reason !== undefined && entry.reason !== "") parts.push(plainText(entry.reason));
  parts.push(`(${file}:${entry.line})`);
  return parts.join("  ");
}
