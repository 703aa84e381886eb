import { accountsJob, PER_ACCOUNT_STRATEGY, SOME_ACCOUNTS } from "./accounts-job.js";
import { applySteps, ENVIRONMENT_NOTE } from "./job-steps.js";
import { concurrency, mergeOn, workflowHead } from "./workflow-head.js";
import {
  wxblAction,
  writtenBy,
  type WorkflowAccount,
  type WorkflowOptions,
} from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-apply.yml` of a repository of several accounts (SPEC 8, 11): on a
 * merge, one job per account whose file (or wxbl.yaml entry) changed, each with its own
 * secrets and its own concurrency group, so GitHub spreads the accounts over its runners.
 */
export function accountsApplyWorkflow(
  options: WorkflowOptions & { accounts: readonly WorkflowAccount[] },
): string {
  const { version, lang, accounts } = options;
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# Makes each account's live blacklist match its file once a change is merged into the default
# branch: one job per account whose file (or entry in wxbl.yaml) the push changed, or by hand
# (Actions, wxbl apply, Run workflow) for the accounts named, or every account. Each job holds
# only its own account's secrets, and has its own concurrency group: one apply at a time per
# account (queued, never cancelled halfway), while other accounts run side by side. The JSON
# report of every account's apply is kept as an artifact; the outcome is in the run summary.
${workflowHead({
  name: "wxbl apply",
  on: mergeOn(
    ["wxbl.yaml", ...accounts.map((account) => account.file)],
    [
      "      accounts:",
      '        description: "The accounts to apply, by name, separated by spaces (empty: every account)."',
      "        type: string",
      '        default: ""',
    ],
  ),
})}

jobs:
${accountsJob({
  wxbl,
  lang,
  name: "Accounts to apply",
  note: "Only the default branch is applied, whether pushed or started by hand from another branch.",
  condition: "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
  account: "${{ inputs.accounts }}",
  history: true,
})}

  apply:
    name: Apply \${{ matrix.account }}
    needs: accounts
    if: ${SOME_ACCOUNTS}
${PER_ACCOUNT_STRATEGY}
${concurrency({ group: "wxbl-apply-${{ matrix.account }}", cancel: false }, 4)}
    runs-on: ubuntu-latest
    timeout-minutes: 120
${ENVIRONMENT_NOTE}
    permissions:
      contents: read
    steps:
${applySteps({ wxbl, lang, perAccount: true })}
`;
}
