import { readFile } from "node:fs/promises";
import { ExitCode, InputError, RefusedError, RuntimeFailure } from "../../errors.js";
import { applyChanges, type ApplyResult } from "../../reconcile/apply-changes.js";
import { makePlan, type Plan } from "../../reconcile/plan.js";
import { makeReport } from "../../reconcile/report.js";
import { verifyLive, type Verification } from "../../reconcile/verify.js";
import { formatCount } from "../../render/format-number.js";
import { writeFileAtomic } from "../../util/write-file-atomic.js";
import { readLive } from "../../wechat/read-live.js";
import { defineCommand } from "../command.js";
import type { Io } from "../io.js";
import { startProgress } from "../progress.js";
import { readDesiredAndLive, resolvePath } from "../read-desired-and-live.js";
import { parseSavedPlan } from "../saved-plan.js";
import { renderPlan } from "./plan.js";

export const applyCommand = defineCommand({
  command: "apply [planfile]",
  describe:
    "Make the live blacklist match the file: plan, confirm, then block and unblock in batches",
  builder: (yargs) =>
    yargs
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
        describe: "Write a JSON record of what was done to this file",
      })
      .option("verify", {
        type: "boolean",
        default: true,
        describe:
          "Read the live list again afterwards to confirm every change (--no-verify skips it)",
      })
      .option("rate-limit-wait", {
        type: "number",
        default: 60,
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
    // 1. Read desired and live.
    const { desired, live, client, appid } = await readDesiredAndLive(args, io, now);
    try {
      // 2. Plan (or check that the saved plan is still current).
      const fresh = makePlan({ desired, live: live.openids, now, appid });
      const plan = args.planfile ? await loadCurrentPlan(args.planfile, fresh, io) : fresh;
      // 3. Guard.
      if (plan.guard.tripped && !args.force) {
        throw new RefusedError(
          `apply refused, nothing was changed: ${plan.guard.reasons.join("; ")}`,
        );
      }
      if (plan.changes.length === 0) {
        if (!args.quiet) io.stderr(`No changes. The live blacklist matches ${args.file}.\n`);
        if (args.report) await writeReport(args.report, emptyResult(), null, io);
        return ExitCode.ok;
      }
      // 4. Show and confirm.
      io.stdout(renderPlan(plan, { ...args, format: "text" }, io));
      await confirm(args.yes, plan, io);
      // 5. Write.
      const progress = startProgress(io, "apply", { quiet: args.quiet });
      const result = await applyChanges(client, plan.changes, {
        concurrency: args.concurrency,
        signal: io.signal,
        onProgress: ({ done, total }) => progress.update(done, total),
        log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
      });
      progress.stop();
      // 6. Verify.
      const verification =
        args.verify && !result.stopped
          ? verifyLive(live.openids, result, (await readLive(client)).openids)
          : null;
      // 7. Report.
      if (args.report) await writeReport(args.report, result, verification, io);
      return finish(result, verification, args, io);
    } finally {
      await client.close();
    }
  },
});

function checkFlags(args: { concurrency: number; rateLimitWait: number }): void {
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) {
    throw new InputError(
      `--concurrency must be a whole number from 1 to 64, not ${args.concurrency}`,
    );
  }
  if (!(args.rateLimitWait >= 0)) {
    throw new InputError(`--rate-limit-wait must be a number of seconds, 0 or more`);
  }
}

async function loadCurrentPlan(planfile: string, fresh: Plan, io: Io): Promise<Plan> {
  const saved = parseSavedPlan(planfile, await readPlanFile(resolvePath(io, planfile), planfile));
  const stale: string[] = [];
  if (saved.fingerprint.file_sha256 !== fresh.fingerprint.file_sha256)
    stale.push("the file changed");
  if (saved.fingerprint.live_sha256 !== fresh.fingerprint.live_sha256)
    stale.push("the live blacklist changed");
  if (saved.fingerprint.appid !== fresh.fingerprint.appid)
    stale.push(`the account differs (${saved.fingerprint.appid} in the plan)`);
  if (stale.length > 0) {
    throw new RefusedError(
      `the saved plan ${planfile} is stale: ${stale.join(" and ")} since it was made; nothing was changed. Run wxbl plan --out ${planfile} again, review it, then apply it`,
    );
  }
  return saved;
}

async function readPlanFile(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      `cannot read the saved plan ${shown}: ${(error as NodeJS.ErrnoException).code ?? error}; check the path, or make one with wxbl plan --out ${shown}`,
    );
  }
}

async function confirm(yes: boolean, plan: Plan, io: Io): Promise<void> {
  if (yes) return;
  if (!io.interactive) {
    throw new InputError(
      "apply needs --yes when it is not run on a terminal; nothing was changed. Review the plan (wxbl plan), then run wxbl apply --yes",
    );
  }
  const { block, unblock } = plan.summary;
  if (
    !(await io.confirm(
      `Block ${formatCount(block)} and unblock ${formatCount(unblock)} on the live account?`,
    ))
  ) {
    throw new RuntimeFailure("apply cancelled; nothing was changed");
  }
}

function emptyResult(): ApplyResult {
  return {
    blocked: [],
    unblocked: [],
    failed: [],
    remaining: { block: 0, unblock: 0 },
    calls: { block: 0, unblock: 0 },
    stopped: null,
  };
}

async function writeReport(
  path: string,
  result: ApplyResult,
  verification: Verification | null,
  io: Io,
) {
  await writeFileAtomic(
    resolvePath(io, path),
    `${JSON.stringify(makeReport(result, verification), null, 2)}\n`,
  );
}

/** Prints the outcome and decides the exit code: anything not done, failed or unverified is exit 1. */
function finish(
  result: ApplyResult,
  verification: Verification | null,
  args: { file: string; format: string; verify: boolean },
  io: Io,
): number {
  const lines: string[] = [];
  const failedCount = result.failed.length;
  lines.push(
    `Applied: ${formatCount(result.blocked.length)} blocked, ${formatCount(result.unblocked.length)} unblocked` +
      (failedCount > 0 ? `, ${formatCount(failedCount)} failed` : "") +
      ".",
  );
  for (const failure of result.failed.slice(0, 100)) {
    const where = failure.line ? ` (${args.file}:${failure.line})` : "";
    lines.push(`  ! ${failure.action} ${failure.openid}${where}: ${failure.message}`);
  }
  if (failedCount > 100)
    lines.push(`  … and ${formatCount(failedCount - 100)} more failures (see --report)`);
  const { block, unblock } = result.remaining;
  if (result.stopped) lines.push(`Stopped: ${result.stopped.message}`);
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
  }
  const problems =
    failedCount > 0 ||
    block + unblock > 0 ||
    result.stopped !== null ||
    (verification !== null && !verification.ok);
  if (args.format === "json") io.stderr(`${lines.join("\n")}\n`);
  else io.stdout(`${lines.join("\n")}\n`);
  if (problems)
    throw new RuntimeFailure(
      "apply did not finish cleanly (see above); the live list is only partly changed",
    );
  return ExitCode.ok;
}
