import type { AccountConfig } from "../../accounts/account-config.js";
import type { AccountOutcome } from "../../accounts/run-per-account.js";
import { WxblError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import type { Plan } from "../../reconcile/plan.js";
import type { PlanNotes } from "../../reconcile/plan-notes.js";
import { renderPlansJson, type AccountError } from "../../render/render-plans-json.js";
import { renderPlansMarkdown } from "../../render/render-plans-markdown.js";
import { redact } from "../../secrets.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { githubLinkBase, renderPlanFor } from "../render-plan-for.js";
import { accountPrefix, prefixLines } from "./account-output.js";

/** An account's outcome once its plan is made (or it failed before), with the plan's notes. */
export type PlanOutcome = AccountOutcome<{ exitCode: number; plan?: Plan; notes?: PlanNotes }>;

/** Every account whose work ended with an error, for JSON: its exit code and English message. */
export function accountErrors(outcomes: readonly AccountOutcome<unknown>[]): AccountError[] {
  return outcomes
    .filter((o) => o.error !== undefined)
    .map((o) => ({ name: o.account.name, exitCode: o.exitCode, message: englishMessage(o.error) }));
}

/** The error's English sentence (JSON never changes with the language), secrets masked. */
export function englishMessage(error: unknown): string {
  return redact(
    error instanceof WxblError || error instanceof Error ? error.message : String(error),
  );
}

/** The plans as `wxbl-plans/1` JSON. */
export function plansJson(outcomes: readonly PlanOutcome[]): string {
  const plans = outcomes.flatMap((o) =>
    o.value?.plan === undefined ? [] : [{ name: o.account.name, plan: o.value.plan }],
  );
  return renderPlansJson(plans, accountErrors(outcomes));
}

/** The plans as one markdown document, a section per account (the pull-request comment). */
export function plansMarkdown(
  outcomes: readonly PlanOutcome[],
  args: Pick<GlobalOptions, "lang"> & { force?: boolean },
  io: Io,
): string {
  return renderPlansMarkdown(
    outcomes.map((o) => {
      const linkBase = githubLinkBase(io, o.account.file);
      const [error] = accountErrors([o]);
      return {
        name: o.account.name,
        file: o.account.file,
        ...(o.value?.plan === undefined ? {} : { plan: o.value.plan }),
        ...(o.value?.notes === undefined ? {} : { notes: o.value.notes }),
        ...(error === undefined ? {} : { error }),
        ...(linkBase === undefined ? {} : { linkBase }),
      };
    }),
    { lang: args.lang, forced: Boolean(args.force) },
  );
}

/**
 * The plans in the format asked for: text with the account's name on every line (an account
 * without a plan gets one line saying so: its error is on stderr), markdown with a section per
 * account, or JSON.
 */
export function renderPlansFor(
  outcomes: readonly PlanOutcome[],
  args: Pick<GlobalOptions, "format" | "color" | "lang"> & { full?: boolean; force?: boolean },
  io: Io,
): string {
  if (args.format === "json") return plansJson(outcomes);
  if (args.format === "markdown") return plansMarkdown(outcomes, args, io);
  return outcomes.map((o) => planText(o.account, o.value, o.exitCode, args, io)).join("");
}

/** One account's plan as text, each line naming the account. */
export function planText(
  account: AccountConfig,
  planned: { plan?: Plan; notes?: PlanNotes } | undefined,
  exitCode: number,
  args: Pick<GlobalOptions, "format" | "color" | "lang"> & { full?: boolean; force?: boolean },
  io: Io,
): string {
  const prefix = accountPrefix(account.name);
  if (planned?.plan === undefined || planned.notes === undefined) {
    return `${prefix}${t(args.lang, "accounts.text.noPlan", { code: exitCode })}\n`;
  }
  return prefixLines(
    renderPlanFor(planned.plan, planned.notes, { ...args, format: "text", file: account.file }, io),
    prefix,
  );
}
