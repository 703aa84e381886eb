import type { Change } from "../reconcile/change.js";
import type { Plan } from "../reconcile/plan-types.js";

/** Changes per joined chunk. */
const CHUNK = 10_000;

/**
 * The plan as JSON (SPEC section 3), for `--format json` and the `--out` plan file alike.
 *
 * Stable key order whatever the order of the object's own keys (a plan read back from a file
 * renders the same bytes), unknown keys dropped, and one change per line so that two plans
 * diff cleanly and a plan of 1M changes stays about 80 MB instead of 250 MB of indentation:
 *
 *     {
 *       "format": "wxbl-plan/1",
 *       "summary": {"block": 1, "unblock": 0, ...},
 *       "changes": [
 *         {"action": "block", "openid": "o…", "reason": "…", "line": 14, "expires": "2027-03-01"}
 *       ],
 *       "fingerprint": {"file_sha256": "…", "live_sha256": "…", "appid": "wx…"},
 *       "guard": {"tripped": false, "reasons": []}
 *     }
 */
export function renderPlanJson(plan: Plan): string {
  const { summary, fingerprint, guard } = plan;
  const lines: string[] = [
    "{",
    `  "format": ${str(plan.format)},`,
    `  "summary": {"block": ${summary.block}, "unblock": ${summary.unblock}, "unchanged": ${summary.unchanged}, ` +
      `"unmanaged": ${summary.unmanaged}, "live": ${summary.live}, "desired": ${summary.desired}},`,
  ];
  if (plan.changes.length === 0) {
    lines.push(`  "changes": [],`);
  } else {
    lines.push(`  "changes": [`);
    // Joined a chunk at a time: flat strings instead of millions of small pieces kept alive
    // until the end, which is what makes the garbage collector slow on a 1M plan.
    const last = plan.changes.length - 1;
    for (let start = 0; start <= last; start += CHUNK) {
      const end = Math.min(start + CHUNK, last + 1);
      const chunk: string[] = [];
      for (let i = start; i < end; i++) {
        chunk.push(`    ${changeJson(plan.changes[i] as Change)}${i === last ? "" : ","}`);
      }
      lines.push(chunk.join("\n"));
    }
    lines.push(`  ],`);
  }
  lines.push(
    `  "fingerprint": {"file_sha256": ${str(fingerprint.file_sha256)}, "live_sha256": ${str(fingerprint.live_sha256)}, ` +
      `"appid": ${fingerprint.appid === null ? "null" : str(fingerprint.appid)}},`,
    `  "guard": {"tripped": ${guard.tripped}, "reasons": [${guard.reasons.map(str).join(", ")}]}`,
    "}",
    "",
  );
  return lines.join("\n");
}

/**
 * One change with its keys in the order of SPEC section 3; absent optional keys left out. A
 * temporary ban's block ends with its `expires` date, after the keys SPEC 3 lists, so a plan
 * without temporary bans is byte for byte what it was before, and readers of those keys by
 * position or by name are not disturbed.
 */
function changeJson(change: Change): string {
  const reason = change.reason === undefined ? "" : `, "reason": ${str(change.reason)}`;
  if (change.action === "block") {
    const expires = change.expires === undefined ? "" : `, "expires": ${str(change.expires)}`;
    return `{"action": "block", "openid": ${str(change.openid)}${reason}, "line": ${change.line}${expires}}`;
  }
  const line = change.line === undefined ? "" : `, "line": ${change.line}`;
  return `{"action": "unblock", "openid": ${str(change.openid)}, "why": ${str(change.why)}${line}${reason}}`;
}

/** Characters JSON must escape (quotes, backslash, controls) and lone surrogates JSON.stringify escapes. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string; skips JSON.stringify for the common plain openid (3M calls on a 1M plan). */
function str(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}
