import { FORK_GUARD, FORK_NOTE, reviewJob } from "./review-job.js";
import { PLAN_CONCURRENCY, pullRequestOn, workflowHead } from "./workflow-head.js";
import {
  accountSecretEnv,
  wxblAction,
  writtenBy,
  type WorkflowAccount,
  type WorkflowOptions,
} from "./workflow-parts.js";
import { actionStep, checkoutStep } from "./workflow-steps.js";

/**
 * `.github/workflows/wxbl-plan.yml` of a repository of several accounts (SPEC 8, 11): review for
 * every pull request; ONE plan job for ours that plans every account the pull request changes
 * and posts ONE comment with a section per account. It lists each account's file (the trigger)
 * and secrets (the plan job's environment): `wxbl init --account` rewrites it as accounts come.
 */
export function accountsPlanWorkflow(
  options: WorkflowOptions & { accounts: readonly WorkflowAccount[] },
): string {
  const { version, lang, accounts } = options;
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# On a pull request that changes wxbl.yaml or an account's file, show reviewers what it does:
#   review (every pull request, forks included; no secrets): \`wxbl validate\` of every account
#     with annotations on the changed lines, and \`wxbl diff\` against the target branch in the
#     run summary.
#   plan (pull requests from branches of this repository only): ONE job plans every account whose
#     file (or entry in wxbl.yaml) the pull request changes, each with its own secrets, and posts
#     ONE comment with a section per account, edited on every push, and in the run summary.
${FORK_NOTE}
# \`wxbl init --account NAME --appid wx…\` adds an account here (its file and its secrets).
${workflowHead({
  name: "wxbl plan",
  on: pullRequestOn(["wxbl.yaml", ...accounts.map((account) => account.file)]),
  concurrency: PLAN_CONCURRENCY,
})}

jobs:
${reviewJob({ wxbl, lang, validate: "Validate every account" })}

  plan:
    name: Plan the changed accounts
${FORK_GUARD}
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
      # The comment; also what lets the Action list the pull request's files.
      pull-requests: write
    steps:
${checkoutStep({})}
${actionStep({
  name: "Plan",
  uses: wxbl,
  before: `        # Each account's own variables: WECHAT_<ENV>_APPSECRET (or _ACCESS_TOKEN), and
        # _API_BASE when it has its own. wxbl gives each account only its own.
        env:
${accountSecretEnv(accounts, 10)}`,
  with: {
    command: "plan",
    lang,
    "api-base": "${{ secrets.WECHAT_API_BASE }}",
    "https-proxy": "${{ secrets.HTTPS_PROXY }}",
  },
})}
`;
}
