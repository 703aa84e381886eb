import type { Change } from "../reconcile/change.js";
import type { Plan } from "../reconcile/plan-types.js";
import { formatCount } from "../i18n/format-number.js";
import { plainText } from "./plain-text.js";

export interface PlanTextOptions {
  /** ANSI colours (green blocks, red unblocks); the caller decides (terminal, NO_COLOR, --no-color). */
  color: boolean;
  /** Show every change instead of the first LINES_PER_ACTION of each action. */
  full: boolean;
  /** The desired-state file as the operator named it, for `(blacklist.yaml:14)`. */
  file: string;
  /** `apply --force`: a tripped guard is reported as overridden, not as a refusal. */
  forced?: boolean;
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
 * The plan for a terminal or a log: one line per change, then the totals, then the guard.
 *
 *     + block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links in replies (#142)  (blacklist.yaml:14)
 *     - unblock oDF3iY9WKs7Jx-4vHq2pZc0aNtLm  not in file
 *
 *     Plan: 1 to block, 1 to unblock, 1,200 unchanged.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions): string {
  const paint = (code: string, text: string) =>
    options.color ? `${code}${text}${ANSI.reset}` : text;
  const file = plainText(options.file);
  const { summary } = plan;
  const lines: string[] = [];

  // 1. The changes, blocks then unblocks, each list cut unless --full.
  for (const action of ["block", "unblock"] as const) {
    let shown = 0;
    let hidden = 0;
    for (const change of plan.changes) {
      if (change.action !== action) continue;
      if (options.full || shown < LINES_PER_ACTION) {
        const line = changeLine(change, file);
        lines.push(paint(action === "block" ? ANSI.green : ANSI.red, line));
        shown++;
      } else {
        hidden++;
      }
    }
    if (hidden > 0) {
      lines.push(`  … and ${formatCount(hidden)} more to ${action} (--full shows all)`);
    }
  }
  if (lines.length > 0) lines.push("");

  // 2. The totals.
  if (summary.block === 0 && summary.unblock === 0) {
    lines.push(`No changes. The live blacklist matches ${file}.`);
  } else {
    const unmanaged = summary.unmanaged > 0 ? `, ${formatCount(summary.unmanaged)} unmanaged` : "";
    lines.push(
      `Plan: ${formatCount(summary.block)} to block, ${formatCount(summary.unblock)} to unblock, ` +
        `${formatCount(summary.unchanged)} unchanged${unmanaged}.`,
    );
  }
  if (summary.unmanaged > 0) {
    lines.push(
      `${formatCount(summary.unmanaged)} live ${summary.unmanaged === 1 ? "entry is" : "entries are"} ` +
        `not in ${file} and left alone (prune: false).`,
    );
  }

  // 3. The guard, clearly marked: apply will refuse this plan without --force.
  if (plan.guard.tripped) {
    lines.push("");
    lines.push(
      paint(
        ANSI.bold + ANSI.yellow,
        options.forced
          ? "Guard tripped: going ahead anyway because of --force."
          : "Guard tripped: apply will refuse this plan without --force.",
      ),
    );
    for (const reason of plan.guard.reasons)
      lines.push(paint(ANSI.yellow, `  ! ${plainText(reason)}`));
  }
  return `${lines.join("\n")}\n`;
}

function changeLine(change: Change, file: string): string {
  const parts =
    change.action === "block"
      ? [`+ block   ${plainText(change.openid)}`]
      : [`- unblock ${plainText(change.openid)}`, plainText(change.why)];
  if (change.reason !== undefined && change.reason !== "") parts.push(plainText(change.reason));
  if (change.line !== undefined) parts.push(`(${file}:${change.line})`);
  return parts.join("  ");
}
