import { InputError } from "../errors.js";
import { msg } from "../i18n/index.js";
import type { ActionInputs, CliCommand } from "./action-inputs.js";
import type { PullRequest } from "./pull-request.js";

/**
 * The CLI command line for an Action command (SPEC 9): `plan` and `drift` are
 * `plan --detailed-exitcode --format markdown`; `apply` is `apply --yes --report FILE`;
 * `expire` is `apply --only-expired --yes --report FILE` (SPEC 10); `diff` compares with the
 * pull request's target commit unless the args name a `--base`. The `args` input comes last,
 * so it may add any flag of the command.
 */
export function cliArgv(
  inputs: ActionInputs & { command: CliCommand },
  options: { pullRequest: PullRequest | undefined; reportPath: string },
): string[] {
  const common = commonFlags(inputs);
  const rest = [...common, ...inputs.args];
  switch (inputs.command) {
    case "validate":
      return ["validate", ...rest];
    case "plan":
    case "drift":
      return ["plan", "--detailed-exitcode", "--format", "markdown", ...rest];
    case "apply":
      return ["apply", "--yes", "--report", options.reportPath, ...rest];
    case "expire":
      return ["apply", "--only-expired", "--yes", "--report", options.reportPath, ...rest];
    case "diff":
      return [
        "diff",
        "--format",
        "markdown",
        ...baseFlag(inputs.args, options.pullRequest),
        ...rest,
      ];
  }
}

/**
 * The diff shown folded under a pull request's plan: against the target commit, with the
 * file, account and language of the plan but not its extra args (they are plan's flags).
 */
export function commentDiffArgv(inputs: ActionInputs, pullRequest: PullRequest): string[] {
  return ["diff", "--format", "markdown", "--base", pullRequest.baseSha, ...commonFlags(inputs)];
}

function commonFlags(inputs: ActionInputs): string[] {
  const accounts = inputs.accounts ?? (inputs.account === undefined ? [] : [inputs.account]);
  return [
    ...(inputs.file === undefined ? [] : ["--file", inputs.file]),
    ...accounts.flatMap((account) => ["--account", account]),
    ...(inputs.lang === undefined ? [] : ["--lang", inputs.lang]),
  ];
}

function baseFlag(args: readonly string[], pullRequest: PullRequest | undefined): string[] {
  if (args.some((arg) => arg === "--base" || arg.startsWith("--base="))) return [];
  if (pullRequest) return ["--base", pullRequest.baseSha];
  throw new InputError(msg("action.diffNeedsBase"));
}
