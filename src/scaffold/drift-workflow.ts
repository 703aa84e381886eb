import {
  CHECKOUT,
  credentialInputs,
  UPLOAD_ARTIFACT,
  wxblAction,
  writtenBy,
  type WorkflowOptions,
} from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-drift.yml` (SPEC 8, 10): daily, first the expiry apply (temporary bans
 * lift on their day), then the drift check with its one issue.
 */
export function driftWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# Once a day:
#   expire: \`wxbl apply --only-expired\`: unblocks the live entries whose \`expires:\` date has
#     passed and changes nothing else, so temporary bans lift on their day. It shares the
#     wxbl-apply concurrency group with wxbl-apply.yml: never two applies at once.
#   drift: \`wxbl plan\` against the live account. When the live list differs from
#     blacklist.yaml (someone blocked or unblocked by hand), ONE open issue labelled
#     \`wxbl-drift\` is opened or updated (never one a day); once they match again, it is closed.
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
  expire:
    name: Lift expired bans
    runs-on: ubuntu-latest
    timeout-minutes: 60
    concurrency:
      group: wxbl-apply
      cancel-in-progress: false
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
          lang: ${lang}
${credentialInputs(10)}
      - name: Upload the expiry report
        if: \${{ always() && steps.expire.outputs.report != '' }}
        uses: ${UPLOAD_ARTIFACT}
        with:
          name: wxbl-expire-report-\${{ github.run_id }}-\${{ github.run_attempt }}
          path: \${{ steps.expire.outputs.report }}
          if-no-files-found: warn
          retention-days: 90

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
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Plan, and open, update or close the drift issue
        uses: ${wxbl}
        with:
          command: drift
          lang: ${lang}
${credentialInputs(10)}
`;
}
