import type { DesiredState, GuardLimit } from "../desired/desired-state.js";
import { formatCount, formatPercent, formatShare } from "../i18n/format-number.js";
import type { GuardResult, PlanSummary } from "./plan-types.js";

/**
 * A percentage guard applies only once the live list has this many entries (SPEC section 3):
 * on a tiny list one change is already a large share, and refusing it would only teach --force.
 */
export const PERCENT_GUARD_MIN_LIVE = 20;

const WAY_FORWARD = "review the plan, then re-run apply with --force";

/**
 * The plan's own safety check (like octoDNS's update/delete thresholds): says whether `apply`
 * must refuse this plan without --force, and why, with the numbers.
 */
export function checkGuards(
  desired: Pick<DesiredState, "path" | "prune" | "guard" | "users">,
  summary: Pick<PlanSummary, "block" | "unblock" | "live">,
): GuardResult {
  const reasons: string[] = [];
  const blockReason = checkLimit("block", summary.block, summary.live, desired.guard.max_block);
  if (blockReason !== null) reasons.push(blockReason);
  const unblockReason = checkLimit(
    "unblock",
    summary.unblock,
    summary.live,
    desired.guard.max_unblock,
  );
  if (unblockReason !== null) reasons.push(unblockReason);
  if (desired.users.length === 0 && desired.prune && summary.unblock > 0) {
    reasons.push(
      `${desired.path} lists no users and prune is true, so ${entries(summary.unblock)} ` +
        `(all of the live blacklist) would be unblocked; if you mean to empty the blacklist, ${WAY_FORWARD}`,
    );
  }
  return { tripped: reasons.length > 0, reasons };
}

function checkLimit(
  action: "block" | "unblock",
  n: number,
  live: number,
  limit: GuardLimit,
): string | null {
  const name = action === "block" ? "max_block" : "max_unblock";
  const verb = action === "block" ? "blocked" : "unblocked";
  if (limit.kind === "count") {
    if (n <= limit.value) return null;
    return `${amount(action, n, live)} would be ${verb}, over the guard of ${formatCount(limit.value)} (${name}); ${WAY_FORWARD}`;
  }
  // Percent: of the live list, and only once it is large enough. Integer arithmetic first,
  // so 295 of 1,180 at 25% is exactly at the limit, not over it by a rounding error.
  if (live < PERCENT_GUARD_MIN_LIVE || n * 100 <= limit.value * live) return null;
  const share = shareOver((n * 100) / live, limit.value);
  const limitText = formatPercent(limit.value, 2);
  if (action === "unblock") {
    return `${formatCount(n)} of ${formatCount(live)} live entries (${share}) would be unblocked, over the ${limitText} guard (${name}); ${WAY_FORWARD}`;
  }
  return `${entries(n)} would be blocked, ${share} of the ${formatCount(live)} live entries, over the ${limitText} guard (${name}); ${WAY_FORWARD}`;
}

/** "412 of 1,180 live entries (34.9%)" for unblocks, "400 entries (33.9% of 1,180 live)" for blocks. */
function amount(action: "block" | "unblock", n: number, live: number): string {
  if (live === 0) return entries(n);
  const share = formatShare(n, live);
  return action === "unblock"
    ? `${formatCount(n)} of ${formatCount(live)} live entries (${share})`
    : `${entries(n)} (${share} of ${formatCount(live)} live)`;
}

/** The share with enough decimals that it visibly exceeds the limit (25.04% is not "25%"). */
function shareOver(percent: number, limit: number): string {
  for (let decimals = 1; decimals < 4; decimals++) {
    const text = formatPercent(percent, decimals);
    if (Number.parseFloat(text) > limit) return text;
  }
  return formatPercent(percent, 4);
}

function entries(n: number): string {
  return `${formatCount(n)} ${n === 1 ? "entry" : "entries"}`;
}
