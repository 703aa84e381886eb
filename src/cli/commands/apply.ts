import { ExitCode, InputError, RefusedError, RuntimeFailure } from "../../errors.js";
import { applyChanges, emptyApplyResult, type ApplyResult } from "../../reconcile/apply-changes.js";
import { makePlan, type Plan } from "../../reconcile/plan.js";
import { makeReport, type ApplyReport } from "../../reconcile/report.js";
import { verifyLive, type Verification } from "../../reconcile/verify.js";
import { formatCount } from "../../i18n/format-number.js";
import { msg, say, type Message } from "../../i18n/message.js";
import { readLive } from "../../wechat/read-live.js";
import type { WechatClient } from "../../wechat/wechat-client.js";
import { CREDENTIAL_VARIABLES } from "../../wechat/credentials.js";
import { DEFAULT_RATE_LIMIT_WAIT_MS } from "../../wechat/wechat-client.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { startProgress } from "../progress.js";
import { readDesiredAndLive } from "../read-desired-and-live.js";
import { writeOutputFile } from "../write-output-file.js";
import { checkSavedPlanIsCurrent, readSavedPlan } from "../saved-plan.js";
import { renderPlanFor } from "./plan.js";

/** Failures listed one per line on the terminal; the rest are counted (all are in --report). */
const FAILURES_SHOWN = 100;

export const applyCommand = defineCommand({
  command: "apply [planfile]",
  describe:
    "Make the live blacklist match the file: plan, confirm, then block and unblock in batches",
  builder: (yargs) =>
    yargs
      .epilog(
        `Credentials from the environment: ${CREDENTIAL_VARIABLES}. WECHAT_API_BASE points at a proxy or the sandbox.\n\nExit codes: 0 done and verified, 1 anything not done (failures, quota, Ctrl-C, verification), 3 invalid input (file, flag, credentials, unreadable plan), 4 refused (guard, stale plan, appid mismatch).`,
      )
      .positional("planfile", {
        type: "string",
        describe:
          "A plan saved by `wxbl plan --out`; refused if the file or the live list changed since",
      })
      .option("yes", {
        alias: "y",
        type: "boolean",
        default: false,
        describe: "Apply without asking (required when not on a terminal, e.g. in CI)",
      })
      .option("concurrency", {
        type: "number",
        default: 4,
        describe: "Write calls in flight at once (WeChat limits calls per minute; keep it small)",
      })
      .option("force", {
        type: "boolean",
        default: false,
        describe:
          "Go past the max_block/max_unblock guards that protect against mass changes from a bad edit",
      })
      .option("report", {
        type: "string",
        describe: "Write a JSON record of what was done to this file (schema/report.schema.json)",
      })
      .option("verify", {
        type: "boolean",
        default: true,
        describe:
          "Read the live list again afterwards to confirm every change (--no-verify skips it)",
      })
      .option("rate-limit-wait", {
        type: "number",
        default: DEFAULT_RATE_LIMIT_WAIT_MS / 1000,
        describe:
          "Seconds every worker pauses when WeChat answers 45011 (calls per minute exceeded)",
      })
      .option("full", {
        type: "boolean",
        default: false,
        describe: "List every change in the plan shown",
      }),
  run: async (args, io) => {
    checkFlags(args);
    const now = io.now?.() ?? new Date();
    // 0. A saved plan is read first: one that cannot be used is exit 3 before any call to WeChat.
    const saved = args.planfile ? await readSavedPlan(args.planfile, io) : null;
    // 1. Read desired and live.
    const { desired, live, client, appid } = await readDesiredAndLive(args, io, now);
    try {
      // 2. Plan (or check that the saved plan is still what the file and the live list give).
      const fresh = makePlan({ desired, live: live.openids, now, appid });
      const plan =
        saved && args.planfile ? checkSavedPlanIsCurrent(args.planfile, saved, fresh) : fresh;
      // 3. Guard: refused before anything is shown as about to happen, let alone called.
      if (plan.guard.tripped && !args.force) {
        throw new RefusedError(msg("cmd.apply.refused", { reasons: plan.guard.reasons }));
      }
      if (plan.changes.length === 0) {
        if (!args.quiet) io.stderr(`No changes. The live blacklist matches ${args.file}.\n`);
        // The live list was just read and matches: that is the verification.
        const verification = args.verify ? matched() : null;
        await output(makeReport(emptyApplyResult(), verification), args, io);
        return ExitCode.ok;
      }
      // 4. Show and confirm.
      showPlan(plan, args, io);
      await confirm(args.yes, plan, io);
      // 5. Write.
      const progress = startProgress(io, "Applying", { quiet: args.quiet });
      const result = await applyChanges(client, plan.changes, {
        concurrency: args.concurrency,
        signal: io.signal,
        onProgress: ({ done, total }) => progress.update(done, total),
        log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
      });
      progress.stop();
      // 6. Verify (not after a stop: the run is cut short, the next plan shows where it stands).
      const verification =
        args.verify && !result.stopped ? await verify(client, live.openids, result, io) : null;
      if (args.verbose) io.stderr(`HTTP requests: ${describeRequests(client)}\n`);
      // 7. Report.
      const report = makeReport(result, verification);
      await output(report, args, io);
      return finish(result, verification, args, io);
    } finally {
      await client.close();
    }
  },
});

function checkFlags(args: { concurrency: number; rateLimitWait: number }): void {
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) {
    throw new InputError(msg("cmd.apply.concurrency", { value: args.concurrency }));
  }
  if (!(args.rateLimitWait >= 0)) {
    throw new InputError(msg("cmd.apply.rateLimitWait", { value: args.rateLimitWait }));
  }
}

/** The plan before the writes: on stdout as asked, except with --format json (stdout is the report). */
function showPlan(
  plan: Plan,
  args: Pick<GlobalOptions, "format" | "color" | "file" | "quiet"> & { full: boolean },
  io: Io,
): void {
  if (args.format !== "json") io.stdout(renderPlanFor(plan, args, io));
  else if (!args.quiet)
    io.stderr(renderPlanFor(plan, { ...args, format: "text", color: false }, io));
}

async function confirm(yes: boolean, plan: Plan, io: Io): Promise<void> {
  if (yes) return;
  if (!io.interactive) {
    throw new InputError(msg("cmd.apply.needsYes"));
  }
  const { block, unblock } = plan.summary;
  if (
    !(await io.confirm(
      `Block ${formatCount(block)} and unblock ${formatCount(unblock)} on the live account?`,
    ))
  ) {
    throw new RuntimeFailure(msg("cmd.apply.cancelled"));
  }
}

/** Reads the live list again; a failed read is a failed verification, not a lost report. */
async function verify(
  client: WechatClient,
  before: readonly string[],
  result: ApplyResult,
  io: Io,
): Promise<Verification> {
  try {
    return verifyLive(before, result, (await readLive(client)).openids);
  } catch (error) {
    io.stderr(`Could not read the live list again to verify: ${(error as Error).message}\n`);
    return { ok: false, missingBlocks: [], lingeringUnblocks: [], unexpected: [] };
  }
}

function matched(): Verification {
  return { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] };
}

/** "getblacklist 3, batchblacklist 5, stable_token 1": every HTTP request, retries included. */
function describeRequests(client: WechatClient): string {
  const entries = Object.entries(client.stats.calls).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length === 0 ? "none" : entries.map(([name, n]) => `${name} ${n}`).join(", ");
}

/** The report to --report FILE, and on stdout with --format json (the only thing there). */
async function output(
  report: ApplyReport,
  args: { report?: string | undefined; format: string },
  io: Io,
): Promise<void> {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (args.report) await writeOutputFile(io, args.report, text, msg("cmd.output.report"));
  if (args.format === "json") io.stdout(text);
}

/** Prints the outcome and decides the exit code: anything not done, failed or unverified is exit 1. */
function finish(
  result: ApplyResult,
  verification: Verification | null,
  args: Pick<GlobalOptions, "file" | "format" | "lang"> & { verify: boolean },
  io: Io,
): number {
  const lines: string[] = [];
  const failedCount = result.failed.length;
  lines.push(
    `Applied: ${formatCount(result.blocked.length)} blocked, ${formatCount(result.unblocked.length)} unblocked` +
      (failedCount > 0 ? `, ${formatCount(failedCount)} failed` : "") +
      ".",
  );
  for (const failure of result.failed.slice(0, FAILURES_SHOWN)) {
    const where = failure.line ? ` (${args.file}:${failure.line})` : "";
    const why = failure.text ? say(args.lang, failure.text) : failure.message;
    lines.push(`  ! ${failure.action} ${failure.openid}${where}: ${why}`);
  }
  if (failedCount > FAILURES_SHOWN)
    lines.push(`  … and ${formatCount(failedCount - FAILURES_SHOWN)} more failures (see --report)`);
  const { block, unblock } = result.remaining;
  const stopped = result.stopped;
  if (stopped)
    lines.push(`Stopped: ${stopped.text ? say(args.lang, stopped.text) : stopped.message}`);
  if (block + unblock > 0) {
    lines.push(
      `Not done: ${formatCount(block)} to block, ${formatCount(unblock)} to unblock. Run wxbl apply again to finish (it reads the live list afresh).`,
    );
  }
  if (verification && !verification.ok) {
    lines.push(
      `Verification failed: ${formatCount(verification.missingBlocks.length)} reported blocked are not on the live list, ` +
        `${formatCount(verification.lingeringUnblocks.length)} reported unblocked are still on it, ` +
        `${formatCount(verification.unexpected.length)} others moved. Run wxbl plan to see the live state.`,
    );
  } else if (verification) {
    lines.push("Verified: the live list shows every change.");
  } else if (!args.verify) {
    lines.push("Not verified (--no-verify).");
  } else {
    lines.push("Not verified: the run stopped early; wxbl plan shows the live state.");
  }
  // With --format json, stdout holds the report alone.
  if (args.format === "json") io.stderr(`${lines.join("\n")}\n`);
  else io.stdout(`${lines.join("\n")}\n`);
  const problems: Message[] = [];
  if (stopped) problems.push(msg("cmd.apply.problem.stopped", { reason: stopped.reason }));
  if (failedCount > 0) problems.push(msg("cmd.apply.problem.failed", { count: failedCount }));
  if (block + unblock > 0)
    problems.push(msg("cmd.apply.problem.notDone", { count: block + unblock }));
  if (verification !== null && !verification.ok) problems.push(msg("cmd.apply.problem.unverified"));
  if (problems.length > 0) throw new RuntimeFailure(msg("cmd.apply.notClean", { problems }));
  return ExitCode.ok;
}
