import { accountsJob, PER_ACCOUNT_STRATEGY, SOME_ACCOUNTS } from "./accounts-job.js";
import {
  CHECKOUT,
  matrixCredentialInputs,
  UPLOAD_ARTIFACT,
  wxblAction,
  writtenBy,
  type WorkflowOptions,
} from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-drift.yml` of a repository of several accounts (SPEC 8, 10, 11): daily,
 * for every account of wxbl.yaml, one job each: first the expiry apply, then the drift check
 * with the account's own drift issue. It lists no account: the matrix comes from wxbl.yaml.
 */
export function accountsDriftWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# Once a day, for every account of wxbl.yaml, one job per account (each holds only its own
# account's secrets):
#   expire: \`wxbl apply --only-expired\`: unblocks the live entries whose \`expires:\` date has
#     passed and changes nothing else, so temporary bans lift on their day. It shares the
#     account's concurrency group with wxbl-apply.yml: never two applies at once on an account.
#   drift: \`wxbl plan\` against the live account. When the live list differs from the account's
#     file (someone blocked or unblocked by hand), ONE open issue for that account, labelled
#     \`wxbl-drift\`, is opened or updated (never one a day); once they match again, it is
#     closed. Each account's job touches only its own issue.
name: wxbl drift

on:
  schedule:
    - cron: "17 3 * * *" # daily at 03:17 UTC (off the hour, when GitHub's scheduler is busiest)
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: wxbl-drift
  cancel-in-progress: false

jobs:
${accountsJob({ wxbl, lang, name: "Accounts", note: "Every account of wxbl.yaml.", history: false })}

  expire:
    name: Lift expired bans (\${{ matrix.account }})
    needs: accounts
    if: ${SOME_ACCOUNTS}
${PER_ACCOUNT_STRATEGY}
    concurrency:
      group: wxbl-apply-\${{ matrix.account }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 60
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Unblock expired entries
        id: expire
        uses: ${wxbl}
        with:
          command: expire
          account: \${{ matrix.account }}
          lang: ${lang}
${matrixCredentialInputs(10)}
      - name: Upload the expiry report
        if: \${{ always() && steps.expire.outputs.report != '' }}
        uses: ${UPLOAD_ARTIFACT}
        with:
          name: wxbl-expire-report-\${{ matrix.account }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          path: \${{ steps.expire.outputs.report }}
          if-no-files-found: warn
          retention-days: 90

  drift:
    name: Check \${{ matrix.account }} for drift
    needs: [accounts, expire]
    # Also after a failed expiry: drift is worth knowing about either way.
    if: \${{ !cancelled() && needs.accounts.result == 'success' && ${SOME_ACCOUNTS} }}
${PER_ACCOUNT_STRATEGY}
    concurrency:
      group: wxbl-drift-\${{ matrix.account }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      issues: write
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Plan, and open, update or close the account's drift issue
        uses: ${wxbl}
        with:
          command: drift
          account: \${{ matrix.account }}
          lang: ${lang}
${matrixCredentialInputs(10)}
`;
}
