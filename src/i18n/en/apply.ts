import { formatCount } from "../format-number.js";

/**
 * English: what `apply` says around the plan (the question, the outcome, the verification) and
 * the progress lines of every command that pages or writes.
 */
export const apply = {
  "apply.confirm": (p: { block: number; unblock: number }) =>
    `Block ${formatCount(p.block)} and unblock ${formatCount(p.unblock)} on the live account?`,
  "apply.applied": (p: { blocked: number; unblocked: number; failed: number }) =>
    `Applied: ${formatCount(p.blocked)} blocked, ${formatCount(p.unblocked)} unblocked` +
    (p.failed > 0 ? `, ${formatCount(p.failed)} failed` : "") +
    ".",
  "apply.failure": (p: {
    action: "block" | "unblock";
    openid: string;
    where?: string;
    message: string;
  }) => `  ! ${p.action} ${p.openid}${p.where === undefined ? "" : ` (${p.where})`}: ${p.message}`,
  "apply.moreFailures": (p: { n: number }) =>
    `  … and ${formatCount(p.n)} more failures (see --report)`,
  "apply.stopped": (p: { message: string }) => `Stopped: ${p.message}`,
  "apply.notDone": (p: { block: number; unblock: number }) =>
    `Not done: ${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock. ` +
    "Run wxbl apply again to finish (it reads the live list afresh).",
  "apply.verified": () => "Verified: the live list shows every change.",
  "apply.verifyFailed": (p: { missing: number; lingering: number; unexpected: number }) =>
    `Verification failed: ${formatCount(p.missing)} reported blocked are not on the live list, ` +
    `${formatCount(p.lingering)} reported unblocked are still on it, ` +
    `${formatCount(p.unexpected)} others moved. Run wxbl plan to see the live state.`,
  "apply.notVerifiedFlag": () => "Not verified (--no-verify).",
  "apply.notVerifiedStopped": () =>
    "Not verified: the run stopped early; wxbl plan shows the live state.",
  "apply.requests": (p: { list: string }) => `HTTP requests: ${p.list === "" ? "none" : p.list}`,

  "progress.readingLive": () => "Reading the live blacklist",
  "progress.applying": () => "Applying",
  /** The heartbeat line off a terminal; `percent` is formatted ("37%"). */
  "progress.line": (p: { label: string; done: number; total: number; percent: string }) =>
    `${p.label}: ${formatCount(p.done)} of ${formatCount(p.total)} (${p.percent})`,
};
