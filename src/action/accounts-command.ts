import { writeFile } from "node:fs/promises";
import type { AccountsConfig } from "../accounts/account-config.js";
import type { ConfigCheck } from "../accounts/check-accounts-config.js";
import { requireValidConfig } from "../accounts/load-accounts-config.js";
import { InputError } from "../errors.js";
import { msg, t, type Lang } from "../i18n/index.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { accountMatrix, accountNames, describeChoice } from "./account-matrix.js";
import { accountsForEvent, type AccountChoice } from "./accounts-for-event.js";
import { redact } from "../secrets.js";
import { github, publishComment } from "./publish-result.js";
import type { PullRequest } from "./pull-request.js";

/**
 * The Action's `accounts` command (SPEC 11): the accounts of wxbl.yaml to run a job for, as the
 * `matrix` and `accounts` outputs, and in the summary with why. No wxbl.yaml, or one that is
 * not valid, is exit 3 (the step fails with every problem at its line).
 */
export async function accountsCommand(
  rt: ActionRuntime,
  inputs: ActionInputs & { lang: Lang },
  pullRequest: PullRequest | undefined,
  markdownPath: string,
  check: ConfigCheck | undefined,
): Promise<void> {
  if (check === undefined) throw new InputError(msg("actionAccounts.noConfig"));
  const config = requireValidConfig(check);
  const choice = await accountsForEvent({
    config,
    names: accountNames(inputs.account),
    event: rt.event,
    pullRequest,
    cwd: rt.cwd,
    github: () => github(rt, inputs),
  });
  const outputs = accountMatrix(choice);
  const words = describeChoice(inputs.lang, choice, config);
  rt.info(words);
  const markdown = `${t(inputs.lang, "actionAccounts.title")}\n\n${words}\n`;
  await writeFile(markdownPath, markdown);
  await rt.appendSummary(markdown);
  rt.setOutput("exit-code", "0");
  rt.setOutput("changes", String(choice.accounts.length > 0));
  rt.setOutput("markdown", markdownPath);
  rt.setOutput("report", "");
  rt.setOutput("matrix", outputs.matrix);
  rt.setOutput("accounts", outputs.accounts);
}

/**
 * The accounts a pull request's plan covers in a repository of several (SPEC 11: ONE job plans
 * every changed account): for `plan` on a pull request, with no `account` or `file` input and
 * a wxbl.yaml. Undefined otherwise (no wxbl.yaml: one account): the plan runs as the inputs
 * say. A wxbl.yaml that is not valid fails the step, exit 3, every problem at its line.
 */
export async function pullRequestAccounts(
  rt: ActionRuntime,
  inputs: ActionInputs,
  pullRequest: PullRequest | undefined,
  check: ConfigCheck | undefined,
): Promise<{ choice: AccountChoice; config: AccountsConfig } | undefined> {
  if (inputs.command !== "plan" || !pullRequest) return undefined;
  if (inputs.account !== undefined || inputs.file !== undefined) return undefined;
  if (check === undefined) return undefined;
  const config = requireValidConfig(check);
  const choice = await accountsForEvent({
    config,
    names: [],
    event: rt.event,
    pullRequest,
    cwd: rt.cwd,
    github: () => github(rt, inputs),
  });
  return { choice, config };
}

/**
 * A pull request's plan that changes no account (pullRequestAccounts chose none): one line in
 * the summary and the comment, outputs of a plan with no change, and no CLI run (WeChat is not
 * asked).
 */
export async function planNoAccount(
  rt: ActionRuntime,
  input: {
    inputs: ActionInputs & { lang: Lang };
    pullRequest: PullRequest;
    config: AccountsConfig;
    markdownPath: string;
  },
): Promise<void> {
  const { inputs, pullRequest } = input;
  const total = input.config.accounts.length;
  const markdown = redact(t(inputs.lang, "actionAccounts.planNone", { total }));
  await writeFile(input.markdownPath, markdown);
  await rt.appendSummary(markdown);
  await publishComment(rt, { inputs, lang: inputs.lang, markdown, pullRequest });
  rt.setOutput("exit-code", "0");
  rt.setOutput("changes", "false");
  rt.setOutput("markdown", input.markdownPath);
  rt.setOutput("report", "");
}
