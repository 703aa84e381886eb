import { appendFile } from "node:fs/promises";
import { combinedExitCode } from "../../accounts/run-per-account.js";
import { ExitCode } from "../../errors.js";
import { makePlan } from "../../reconcile/plan.js";
import { planNotes } from "../../reconcile/plan-notes.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { writeOutputFile } from "../write-output-file.js";
import { plansJson, plansMarkdown, renderPlansFor } from "./plans-output.js";
import { readAccountDesiredAndLive } from "./read-account.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";

interface PlanArgs extends GlobalOptions {
  out?: string;
  detailedExitcode: boolean;
  full: boolean;
}

/**
 * `wxbl plan` with a wxbl.yaml (SPEC 11): every account unless --account narrows, --parallel at
 * a time, each through its own client. 1. read and plan each account; 2. print the plans
 * (text naming the account on every line, markdown a section each, JSON `wxbl-plans/1`);
 * 3. save them (`--out`, every account's fingerprint) and the step summary; 4. the combined
 * exit code.
 */
export const planAccounts = (async (args: PlanArgs, io: Io, context: AccountsContext) => {
  const accounts = chooseAccounts("plan", args, io, context, { credentials: true });
  const now = io.now?.() ?? new Date();
  // 1. Read and plan.
  const outcomes = await runAccounts(accounts, args, io, async (account, accountIo) => {
    const { desired, prepared, client, appid } = await readAccountDesiredAndLive(
      account,
      args,
      accountIo,
      now,
    );
    await client.close();
    const plan = makePlan({ desired, live: prepared, now, appid });
    const notes = planNotes(desired, plan, now);
    const changed = args.detailedExitcode && plan.changes.length > 0;
    return { exitCode: changed ? ExitCode.changes : ExitCode.ok, plan, notes };
  });
  // 2. Print.
  io.stdout(renderPlansFor(outcomes, args, io));
  // 3. Save, summarise.
  if (args.out) await writeOutputFile(io, args.out, plansJson(outcomes), "the plans");
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, `${plansMarkdown(outcomes, args, io)}\n`);
  // 4. Exit.
  return combinedExitCode(outcomes.map((o) => o.exitCode));
}) as AccountsCommand;
