import type { AccountConfig } from "../../accounts/account-config.js";
import {
  combinedExitCode,
  runPerAccount,
  type AccountOutcome,
} from "../../accounts/run-per-account.js";
import { ExitCode, InputError, RuntimeFailure } from "../../errors.js";
import { formatCount } from "../../i18n/format-number.js";
import { t } from "../../i18n/index.js";
import { msg } from "../../i18n/message.js";
import { applyChanges, emptyApplyResult } from "../../reconcile/apply-changes.js";
import { makeScopedPlan, type Plan } from "../../reconcile/plan.js";
import { planNotes, type PlanNotes } from "../../reconcile/plan-notes.js";
import { makeReport, type ApplyReport } from "../../reconcile/report.js";
import { renderReportsJson } from "../../render/render-reports-json.js";
import type { LiveList } from "../../wechat/read-live.js";
import type { WechatClient } from "../../wechat/wechat-client.js";
import {
  applyOutcome,
  checkFlags,
  checkReportPath,
  describeRequests,
  errorCode,
  guardRefusal,
  matched,
  noteScope,
  verify,
} from "../commands/apply.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { startProgress } from "../progress.js";
import { resolvePath } from "../read-desired-and-live.js";
import { checkSavedPlanIsCurrent } from "../saved-plan.js";
import { writeFileAtomic } from "../../util/write-file-atomic.js";
import { accountIo, accountPrefix, prefixLines, showAccountError } from "./account-output.js";
import { accountErrors, englishMessage, renderPlansFor, type PlanOutcome } from "./plans-output.js";
import { readAccountDesiredAndLive } from "./read-account.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";
import { readSavedPlans, type SavedPlans } from "./saved-plans.js";

interface ApplyArgs extends GlobalOptions {
  planfile?: string;
  yes: boolean;
  concurrency: number;
  force: boolean;
  report?: string;
  verify: boolean;
  rateLimitWait: number;
  full: boolean;
  onlyExpired: boolean;
}

/** One account, read and planned, waiting for its writes. */
interface Ready {
  exitCode: number;
  plan: Plan;
  notes: PlanNotes;
  client: WechatClient;
  live: LiveList;
}

/** One account after its writes: its report, its lines, and the error when it did not finish. */
interface Applied {
  exitCode: number;
  report: ApplyReport;
  lines: string[];
  failure?: RuntimeFailure;
}

/**
 * `wxbl apply` with a wxbl.yaml (SPEC 11): only the accounts named (--account, repeatable) or
 * --all; nothing named is exit 3 with nothing called. Each account has its own client, token,
 * rate-limit pause and quota stop, so a 45009 or a rejected token on one leaves the others
 * untouched. 1. read and plan every account (a saved plan file: each account's plan must still
 * be current), refusing a tripped guard per account; 2. show the plans and ask once;
 * 3. write, verify and report each account; 4. the reports (`wxbl-reports/1`) and the
 * combined exit code.
 */
export const applyAccounts = (async (args: ApplyArgs, io: Io, context: AccountsContext) => {
  checkFlags(args);
  const accounts = chooseAccounts("apply", args, io, context, { credentials: true });
  const now = io.now?.() ?? new Date();
  const saved = args.planfile ? await readSavedPlans(args.planfile, io) : null;
  if (args.report) await checkReportPath(args.report, io);
  // 1. Read and plan.
  const prepared = await runAccounts(accounts, args, io, (account, aio) =>
    prepare(account, saved, args, aio, now),
  );
  try {
    const ready = prepared.flatMap((o) => (o.value ? [{ account: o.account, ...o.value }] : []));
    // 2. Show and confirm.
    showPlans(prepared, args, io);
    const changes = ready.filter((r) => r.plan.changes.length > 0);
    if (changes.length > 0) await confirmAll(changes, args, io);
    // 3. Write, verify, report.
    const byName = new Map(ready.map((r) => [r.account.name, r]));
    const applied = await runPerAccount(
      ready.map((r) => r.account),
      {
        parallel: args.parallel,
        onError: (account, error) => showAccountError(io, args, account, error),
      },
      (account) => write(account, byName.get(account.name) as Ready, args, accountIo(io, account)),
    );
    // 4. Output and exit.
    await output(applied, prepared, args, io);
    return combinedExitCode([...prepared, ...applied].map((o) => o.exitCode));
  } finally {
    await Promise.all(prepared.map((o) => o.value?.client.close()));
  }
}) as AccountsCommand;

/** Step 1 for one account: its file and live list, its plan (or its saved plan, if current), its guard. */
async function prepare(
  account: AccountConfig,
  saved: SavedPlans | null,
  args: ApplyArgs,
  io: Io,
  now: Date,
): Promise<Ready> {
  const savedPlan = saved?.accounts[account.name];
  if (saved && savedPlan === undefined) {
    throw new InputError(
      msg("accounts.saved.noAccount", { file: args.planfile ?? "", account: account.name }),
    );
  }
  const { desired, live, prepared, client, appid } = await readAccountDesiredAndLive(
    account,
    args,
    io,
    now,
  );
  try {
    const { plan: fresh, left } = makeScopedPlan({
      desired,
      live: prepared,
      now,
      appid,
      ...(args.onlyExpired ? { only: "expired" as const } : {}),
    });
    if (args.onlyExpired && !args.quiet) noteScope(fresh, left, args.lang, io);
    const plan =
      savedPlan && args.planfile ? checkSavedPlanIsCurrent(args.planfile, savedPlan, fresh) : fresh;
    const notes = planNotes(desired, plan, now);
    if (plan.guard.tripped && !args.force) throw guardRefusal(plan, notes);
    return { exitCode: ExitCode.ok, plan, notes, client, live };
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The plans before the writes: on stdout as asked, except with --format json (stdout is the reports). */
function showPlans(prepared: readonly PlanOutcome[], args: ApplyArgs, io: Io): void {
  if (args.format !== "json") io.stdout(renderPlansFor(prepared, args, io));
  else if (!args.quiet)
    io.stderr(renderPlansFor(prepared, { ...args, format: "text", color: false }, io));
}

/** One question for every account with changes; without a terminal, --yes is needed. */
async function confirmAll(
  changes: readonly (Ready & { account: AccountConfig })[],
  args: ApplyArgs,
  io: Io,
) {
  if (args.yes) return;
  if (!io.interactive) throw new InputError(msg("accounts.apply.needsYes"));
  const block = changes.reduce((n, r) => n + r.plan.summary.block, 0);
  const unblock = changes.reduce((n, r) => n + r.plan.summary.unblock, 0);
  const question = t(args.lang, "accounts.apply.confirm", {
    block: formatCount(block),
    unblock: formatCount(unblock),
    accounts: changes.length,
    names: changes.map((r) => r.account.name).join(", "),
  });
  if (!(await io.confirm(question))) throw new RuntimeFailure(msg("accounts.apply.cancelled"));
}

/** Step 3 for one account: its writes (its own client: its own pause and quota stop), then verification. */
async function write(
  account: AccountConfig,
  ready: Ready,
  args: ApplyArgs,
  io: Io,
): Promise<Applied> {
  const { plan, client, live } = ready;
  if (plan.changes.length === 0) {
    const report = makeReport(emptyApplyResult(), args.verify ? matched() : null);
    // --only-expired said what it lifts already (noteScope); a full apply says there is nothing.
    const lines = args.onlyExpired ? [] : [t(args.lang, "plan.noChanges", { file: account.file })];
    return { exitCode: ExitCode.ok, report, lines };
  }
  const progress = startProgress(io, t(args.lang, "progress.applying"), args);
  const result = await applyChanges(client, plan.changes, {
    concurrency: args.concurrency,
    signal: io.signal,
    onProgress: ({ done, total }) => progress.update(done, total),
    log: args.verbose ? (line) => io.stderr(`${line}\n`) : undefined,
  });
  progress.stop();
  const verification =
    args.verify && !result.stopped ? await verify(client, live.openids, result) : null;
  if (args.verbose) {
    io.stderr(`${t(args.lang, "apply.requests", { list: describeRequests(client) })}\n`);
  }
  const report = makeReport(result, verification);
  const { lines, failure } = applyOutcome(result, verification, {
    file: account.file,
    verify: args.verify,
    lang: args.lang,
  });
  return failure
    ? { exitCode: failure.exitCode, report, lines, failure }
    : { exitCode: ExitCode.ok, report, lines };
}

/**
 * Step 4: each account's lines (naming it; on stderr with --format json), its failure on
 * stderr, and the reports: to --report FILE and, with --format json, on stdout.
 */
async function output(
  applied: readonly AccountOutcome<Applied>[],
  prepared: readonly AccountOutcome<Ready>[],
  args: ApplyArgs,
  io: Io,
): Promise<void> {
  for (const { account, value } of applied) {
    if (value === undefined) continue;
    const text =
      value.lines.length === 0
        ? ""
        : prefixLines(`${value.lines.join("\n")}\n`, accountPrefix(account.name));
    if (args.format === "json") io.stderr(text);
    else io.stdout(text);
    if (value.failure) showAccountError(io, args, account, value.failure);
  }
  const reports = applied.flatMap((o) =>
    o.value ? [{ name: o.account.name, report: o.value.report }] : [],
  );
  const failures = applied.flatMap((o) =>
    o.value?.failure
      ? [{ name: o.account.name, exitCode: o.exitCode, message: englishMessage(o.value.failure) }]
      : [],
  );
  const order = new Map(prepared.map((o, index) => [o.account.name, index]));
  const errors = [...accountErrors(prepared), ...accountErrors(applied), ...failures].sort(
    (a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0),
  );
  const text = renderReportsJson(reports, errors);
  if (args.format === "json") io.stdout(text);
  if (!args.report) return;
  // After the writes, a report that cannot be written is a failure (exit 1), said last: what
  // was applied is above.
  try {
    await writeFileAtomic(resolvePath(io, args.report), text);
  } catch (error) {
    throw new RuntimeFailure(
      msg("apply.reportNotWritten", { path: args.report, why: errorCode(error) }),
    );
  }
}
