import { driftSteps, expireSteps } from "./job-steps.js";
import { concurrency, DAILY_ON, DRIFT_CONCURRENCY, workflowHead } from "./workflow-head.js";
import { wxblAction, writtenBy, type WorkflowOptions } from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-drift.yml` (SPEC 8, 10): daily, first the expiry apply (temporary bans
 * lift on their day), then the drift check with its one issue.
 */
export function driftWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  const job = { wxbl, lang, perAccount: false };
  return `${writtenBy(version)}
# Once a day:
#   expire: \`wxbl apply --only-expired\`: unblocks the live entries whose \`expires:\` date has
#     passed and changes nothing else, so temporary bans lift on their day. It shares the
#     wxbl-apply concurrency group with wxbl-apply.yml: never two applies at once.
#   drift: \`wxbl plan\` against the live account. When the live list differs from
#     blacklist.yaml (someone blocked or unblocked by hand), ONE open issue labelled
#     \`wxbl-drift\` is opened or updated (never one a day); once they match again, it is closed.
${workflowHead({ name: "wxbl drift", on: DAILY_ON, concurrency: DRIFT_CONCURRENCY })}

jobs:
  expire:
    name: Lift expired bans
    runs-on: ubuntu-latest
    timeout-minutes: 60
${concurrency({ group: "wxbl-apply", cancel: false }, 4)}
    permissions:
      contents: read
    steps:
${expireSteps(job)}

  drift:
    name: Check for drift
    needs: expire
    # Also after a failed expiry: drift is worth knowing about either way.
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      issues: write
    steps:
${driftSteps(job)}
`;
}
