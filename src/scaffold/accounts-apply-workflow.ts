import { accountsJob, PER_ACCOUNT_STRATEGY, SOME_ACCOUNTS } from "./accounts-job.js";
import {
  CHECKOUT,
  matrixCredentialInputs,
  pathFilter,
  UPLOAD_ARTIFACT,
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
name: wxbl apply

on:
  push:
    paths:
      - wxbl.yaml
${accounts.map((account) => `      - ${pathFilter(account.file)}`).join("\n")}
  workflow_dispatch:
    inputs:
      accounts:
        description: "The accounts to apply, by name, separated by spaces (empty: every account)."
        type: string
        default: ""
      force:
        description: "Apply past the guards (max_block / max_unblock). Only after reviewing the plan: the guards are there to stop a mass unblock or block by mistake."
        type: boolean
        default: false

permissions:
  contents: read

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
    concurrency:
      group: wxbl-apply-\${{ matrix.account }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 120
    # Optional: a deployment environment with required reviewers holds every apply for approval.
    # environment: wechat-production
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Apply
        id: apply
        uses: ${wxbl}
        with:
          command: apply
          account: \${{ matrix.account }}
          args: \${{ inputs.force && '--force' || '' }}
          lang: ${lang}
${matrixCredentialInputs(10)}
      - name: Upload the apply report
        if: \${{ always() && steps.apply.outputs.report != '' }}
        uses: ${UPLOAD_ARTIFACT}
        with:
          name: wxbl-report-\${{ matrix.account }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          path: \${{ steps.apply.outputs.report }}
          if-no-files-found: warn
          retention-days: 90
`;
}
