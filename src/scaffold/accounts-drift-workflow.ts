import { accountsJob, PER_ACCOUNT_STRATEGY, SOME_ACCOUNTS } from "./accounts-job.js";
import { driftSteps, expireSteps } from "./job-steps.js";
import { concurrency, DAILY_ON, DRIFT_CONCURRENCY, workflowHead } from "./workflow-head.js";
import { wxblAction, writtenBy, type WorkflowOptions } from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-drift.yml` of a repository of several accounts (SPEC 8, 10, 11): daily,
 * for every account of wxbl.yaml, one job each: first the expiry apply, then the drift check
 * with the account's own drift issue. It lists no account: the matrix comes from wxbl.yaml.
 */
export function accountsDriftWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  const job = { wxbl, lang, perAccount: true };
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
${workflowHead({ name: "wxbl drift", on: DAILY_ON, concurrency: DRIFT_CONCURRENCY })}

jobs:
${accountsJob({ wxbl, lang, name: "Accounts", note: "Every account of wxbl.yaml.", history: false })}

  expire:
    name: Lift expired bans (\${{ matrix.account }})
    needs: accounts
    if: ${SOME_ACCOUNTS}
${PER_ACCOUNT_STRATEGY}
${concurrency({ group: "wxbl-apply-${{ matrix.account }}", cancel: false }, 4)}
    runs-on: ubuntu-latest
    timeout-minutes: 60
    permissions:
      contents: read
    steps:
${expireSteps(job)}

  drift:
    name: Check \${{ matrix.account }} for drift
    needs: [accounts, expire]
    # Also after a failed expiry: drift is worth knowing about either way.
    if: \${{ !cancelled() && needs.accounts.result == 'success' && ${SOME_ACCOUNTS} }}
${PER_ACCOUNT_STRATEGY}
${concurrency({ group: "wxbl-drift-${{ matrix.account }}", cancel: false }, 4)}
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      issues: write
    steps:
${driftSteps(job)}
`;
}
