import type { DesiredState, GuardLimit } from "../desired/desired-state.js";
import { formatPercent } from "../i18n/format-number.js";
import { msg, say, type Message } from "../i18n/message.js";
import { userCount } from "../desired/packed-users.js";
import type { GuardResult, PlanSummary } from "./plan-types.js";

/**
 * A percentage guard applies only once the live list has this many entries (SPEC section 3):
 * on a tiny list one change is already a large share, and refusing it would only teach --force.
 */
export const PERCENT_GUARD_MIN_LIVE = 20;

/**
 * The plan's own safety check (like octoDNS's update/delete thresholds): says whether `apply`
 * must refuse this plan without --force, and why, with the numbers. The reasons are in English:
 * the JSON plan never changes with the language (SPEC 12); `guardMessages` gives the same
 * reasons as catalogue messages for the renderers.
 */
export function checkGuards(
  desired: Pick<DesiredState, "path" | "prune" | "guard" | "users">,
  summary: Pick<PlanSummary, "block" | "unblock" | "live">,
): GuardResult {
  const reasons = guardMessages(desired, summary).map((message) => say("en", message));
  return { tripped: reasons.length > 0, reasons };
}

/** Why the guard trips (empty when it does not), as messages (src/i18n, keys `guard.*`). */
export function guardMessages(
  desired: Pick<DesiredState, "path" | "prune" | "guard" | "users">,
  summary: Pick<PlanSummary, "block" | "unblock" | "live">,
): Message[] {
  const messages: Message[] = [];
  const blockReason = checkLimit("block", summary.block, summary.live, desired.guard.max_block);
  if (blockReason !== null) messages.push(blockReason);
  const unblockReason = checkLimit(
    "unblock",
    summary.unblock,
    summary.live,
    desired.guard.max_unblock,
  );
  if (unblockReason !== null) messages.push(unblockReason);
  if (userCount(desired) === 0 && desired.prune && summary.unblock > 0) {
    messages.push(msg("guard.emptyFile", { file: desired.path, n: summary.unblock }));
  }
  return messages;
}

function checkLimit(
  action: "block" | "unblock",
  n: number,
  live: number,
  limit: GuardLimit,
): Message | null {
  if (limit.kind === "count") {
    if (n <= limit.value) return null;
    return msg("guard.overCount", { action, n, live, limit: limit.value });
  }
  // Percent: of the live list, and only once it is large enough. Integer arithmetic first,
  // so 295 of 1,180 at 25% is exactly at the limit, not over it by a rounding error.
  if (live < PERCENT_GUARD_MIN_LIVE || n * 100 <= limit.value * live) return null;
  const share = shareOver((n * 100) / live, limit.value);
  return msg("guard.overPercent", { action, n, live, share, limit: formatPercent(limit.value, 2) });
}

/** The share with enough decimals that it visibly exceeds the limit (25.04% is not "25%"). */
function shareOver(percent: number, limit: number): string {
  for (let decimals = 1; decimals < 4; decimals++) {
    const text = formatPercent(percent, decimals);
    if (Number.parseFloat(text) > limit) return text;
  }
  return formatPercent(percent, 4);
}
