import { resolve } from "node:path";
import { ExitCode, InputError, RefusedError, RuntimeFailure } from "../../errors.js";
import { applyChanges, emptyApplyResult, type ApplyResult } from "../../reconcile/apply-changes.js";
import type { LeftForFullApply } from "../../reconcile/only-expired.js";
import { makeScopedPlan, type Plan } from "../../reconcile/plan.js";
import { planNotes, type PlanNotes } from "../../reconcile/plan-notes.js";
import { makeReport, type ApplyReport } from "../../reconcile/report.js";
import { unreadVerification, verifyLive, type Verification } from "../../reconcile/verify.js";
import { formatCount } from "../../i18n/format-number.js";
import { msg, say, t, type Lang, type Message } from "../../i18n/index.js";
import { guardReasonMessages } from "../../render/plan-words.js";
import { compareCodeUnits } from "../../util/code-unit-order.js";
import { checkWritable, writeFileAtomic } from "../../util/write-file-atomic.js";
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
import { renderPlanFor } from "../render-plan-for.js";

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
      })
      .option("only-expired", {
        type: "boolean",
        default: false,
        describe:
          "Only lift temporary bans: unblock the live entries whose file entry has expired, and change nothing else (the daily expiry job; the guards still apply)",
      }),
  run: async (args, io) => {
    checkFlags(args);
    // 0. An unwritable --report is refused before anything is read or written.
    if (args.report) await checkReportPath(args.report, io);
    const now = io.now?.() ?? new Date();
    // A saved plan is read first: one that cannot be used is exit 3 before any call to WeChat.
    const saved = args.planfile ? await readSavedPlan(args.planfile, io) : null;
    // 1. Read desired and live.
    const { desired, live, prepared, client, appid } = await readDesiredAndLive(args, io, now);
    try {
      // 2. Plan (or check that the saved plan is still what the file and the live list give).
      const { plan: fresh, left } = makeScopedPlan({
        desired,
        live: prepared,
        now,
        appid,
        ...(args.onlyExpired ? { only: "expired" as const } : {}),
      });
      if (args.onlyExpired && !args.quiet) noteScope(fresh, left, args.lang, io);
      const plan =
        saved && args.planfile ? checkSavedPlanIsCurrent(args.planfile, saved, fresh) : fresh;
      const notes = planNotes(desired, plan, now);
      // 3. Guard: refused before anything is shown as about to happen, let alone called.
      if (plan.guard.tripped && !args.force) throw guardRefusal(plan, notes);
      if (plan.changes.length === 0) {
        if (!args.quiet && !args.onlyExpired)
          io.stderr(`${t(args.lang, "plan.noChanges", { file: args.file })}\n`);
        // The live list was just read and matches: that is the verification.
        const verification = args.verify ? matched() : null;
        await output(makeReport(emptyApplyResult(), verification), args, io);
        return ExitCode.ok;
      }
      // 4. Show and confirm.
      showPlan(plan, notes, args, io);
      await confirm(args.yes, plan, args.lang, io);
      // 5. Write.
      const progress = startProgress(io, t(args.lang, "progress.applying"), args);
      const result = await applyChanges(client, plan.changes, {
        concurrency: args.concurrency,
        signal: io.signal,
        onProgress: ({ done, total }) => progress.update(done, total),
        log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
      });
      progress.stop();
      // 6. Verify (not after a stop: the run is cut short, the next plan shows where it stands).
      const verification =
        args.verify && !result.stopped ? await verify(client, live.openids, result) : null;
      if (args.verbose) {
        io.stderr(`${t(args.lang, "apply.requests", { list: describeRequests(client) })}\n`);
      }
      // 7. Report: what was applied is printed even when the report file cannot be written.
      const report = makeReport(result, verification);
      const reportProblem = await outputAfterWrites(report, args, io);
      return finish(result, verification, reportProblem, args, io);
    } finally {
      await client.close();
    }
  },
});

/** Exit 4: the plan trips a guard and --force was not given; nothing is shown as about to happen. */
export function guardRefusal(plan: Plan, notes: PlanNotes): RefusedError {
  const reasons = guardReasonMessages(plan.guard, notes);
  return new RefusedError(msg("cmd.apply.refused", { reasons }));
}

/** `--only-expired`: what this run lifts, and what it leaves for a full apply (SPEC 10). */
export function noteScope(plan: Plan, left: LeftForFullApply, lang: Lang, io: Io): void {
  const expired = plan.changes.length;
  io.stderr(
    `${
      expired === 0
        ? t(lang, "moderation.onlyExpiredNothing")
        : t(lang, "moderation.onlyExpiredScope", {
            expired,
            blocks: left.block,
            unblocks: left.unblock,
          })
    }\n`,
  );
}

export function checkFlags(args: {
  concurrency: number;
  rateLimitWait: number;
  onlyExpired: boolean;
  planfile?: string | undefined;
}): void {
  if (args.onlyExpired && args.planfile !== undefined) {
    throw new InputError(msg("moderation.onlyExpiredWithPlan"));
  }
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
  notes: PlanNotes,
  args: Pick<GlobalOptions, "format" | "color" | "file" | "quiet" | "lang"> & { full: boolean },
  io: Io,
): void {
  if (args.format !== "json") io.stdout(renderPlanFor(plan, notes, args, io));
  else if (!args.quiet)
    io.stderr(renderPlanFor(plan, notes, { ...args, format: "text", color: false }, io));
}

async function confirm(yes: boolean, plan: Plan, lang: Lang, io: Io): Promise<void> {
  if (yes) return;
  if (!io.interactive) {
    throw new InputError(msg("cmd.apply.needsYes"));
  }
  const { block, unblock } = plan.summary;
  if (!(await io.confirm(t(lang, "apply.confirm", { block, unblock })))) {
    throw new RuntimeFailure(msg("cmd.apply.cancelled"));
  }
}

/** Reads the live list again; a failed read is a failed verification that says so, not a lost report. */
export async function verify(
  client: WechatClient,
  before: readonly string[],
  result: ApplyResult,
): Promise<Verification> {
  try {
    return verifyLive(before, result, (await readLive(client)).openids);
  } catch (error) {
    return unreadVerification(error instanceof Error ? error.message : String(error));
  }
}

/** Exit 3 before any call when --report names a path that cannot be written. */
export async function checkReportPath(path: string, io: Io): Promise<void> {
  try {
    await checkWritable(resolve(io.cwd, path));
  } catch (error) {
    throw new InputError(msg("apply.reportUnwritable", { path, why: errorCode(error) }));
  }
}

export const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

export function matched(): Verification {
  return { ok: true, missingBlocks: [], lingeringUnblocks: [], unexpected: [] };
}

/** "getblacklist 3, batchblacklist 5, stable_token 1": every HTTP request, retries included. */
export function describeRequests(client: WechatClient): string {
  const entries = Object.entries(client.stats.calls).sort(([a], [b]) => compareCodeUnits(a, b));
  return entries.map(([name, n]) => `${name} ${formatCount(n)}`).join(", ");
}

/**
 * After writes: the report on stdout with --format json (the only thing there), and to
 * --report FILE; a file that cannot be written is not thrown but returned (the run goes on to
 * say what was applied, then fails).
 */
async function outputAfterWrites(
  report: ApplyReport,
  args: { report?: string | undefined; format: string },
  io: Io,
): Promise<{ path: string; why: string } | undefined> {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (args.format === "json") io.stdout(text);
  if (!args.report) return undefined;
  try {
    await writeFileAtomic(resolve(io.cwd, args.report), text);
    return undefined;
  } catch (error) {
    return { path: args.report, why: errorCode(error) };
  }
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
  reportProblem: { path: string; why: string } | undefined,
  args: Pick<GlobalOptions, "file" | "format" | "lang"> & { verify: boolean },
  io: Io,
): number {
  const { lines, failure } = applyOutcome(result, verification, args, reportProblem);
  // The outcome is text: on stdout only with --format text. With json, stdout holds the
  // report alone; with markdown, the plan's markdown alone.
  if (args.format === "text") io.stdout(`${lines.join("\n")}\n`);
  else io.stderr(`${lines.join("\n")}\n`);
  if (failure) throw failure;
  return ExitCode.ok;
}

/**
 * What an apply did, as the lines the operator reads (applied, failures, what remains,
 * verification), and what keeps it from having finished cleanly (exit 1 when any).
 */
export function applyOutcome(
  result: ApplyResult,
  verification: Verification | null,
  args: Pick<GlobalOptions, "file" | "lang"> & { verify: boolean },
  reportProblem?: { path: string; why: string },
): { lines: string[]; failure: RuntimeFailure | undefined } {
  const { lang } = args;
  const lines: string[] = [];
  const failedCount = result.failed.length;
  lines.push(
    t(lang, "apply.applied", {
      blocked: result.blocked.length,
      unblocked: result.unblocked.length,
      failed: failedCount,
    }),
  );
  for (const failure of result.failed.slice(0, FAILURES_SHOWN)) {
    const where = failure.line ? { where: `${args.file}:${failure.line}` } : {};
    lines.push(
      t(lang, "apply.failure", {
        action: failure.action,
        openid: failure.openid,
        message: failure.text ? say(lang, failure.text) : failure.message,
        ...where,
      }),
    );
  }
  if (failedCount > FAILURES_SHOWN) {
    lines.push(t(lang, "apply.moreFailures", { n: failedCount - FAILURES_SHOWN }));
  }
  const { block, unblock } = result.remaining;
  const { stopped } = result;
  if (stopped) {
    const message = stopped.text ? say(lang, stopped.text) : stopped.message;
    lines.push(t(lang, "apply.stopped", { message }));
  }
  if (block + unblock > 0) lines.push(t(lang, "apply.notDone", { block, unblock }));
  if (verification?.readError !== undefined) {
    lines.push(t(lang, "apply.verifyReadFailed", { message: verification.readError }));
  } else if (verification && !verification.ok) {
    lines.push(
      t(lang, "apply.verifyFailed", {
        missing: verification.missingBlocks.length,
        lingering: verification.lingeringUnblocks.length,
        unexpected: verification.unexpected.length,
      }),
    );
  } else if (verification) {
    lines.push(t(lang, "apply.verified"));
  } else if (!args.verify) {
    lines.push(t(lang, "apply.notVerifiedFlag"));
  } else {
    lines.push(t(lang, "apply.notVerifiedStopped"));
  }
  const problems: Message[] = [];
  if (stopped) problems.push(msg("cmd.apply.problem.stopped", { reason: stopped.reason }));
  if (failedCount > 0) problems.push(msg("cmd.apply.problem.failed", { count: failedCount }));
  if (block + unblock > 0) {
    problems.push(msg("cmd.apply.problem.notDone", { count: block + unblock }));
  }
  if (verification !== null && !verification.ok) problems.push(msg("cmd.apply.problem.unverified"));
  if (reportProblem) {
    // The report alone failed: that is the error; with other problems, it is said with them.
    lines.push(t(args.lang, "apply.reportNotWritten", reportProblem));
    if (problems.length === 0) {
      return { lines, failure: new RuntimeFailure(msg("apply.reportNotWritten", reportProblem)) };
    }
    problems.push(msg("apply.problem.reportNotWritten", { path: reportProblem.path }));
  }
  const failure =
    problems.length === 0 ? undefined : new RuntimeFailure(msg("cmd.apply.notClean", { problems }));
  return { lines, failure };
}
