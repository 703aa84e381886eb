import {
  CHECKOUT,
  credentialInputs,
  UPLOAD_ARTIFACT,
  wxblAction,
  writtenBy,
  type WorkflowOptions,
} from "./workflow-parts.js";

/** `.github/workflows/wxbl-apply.yml` (SPEC 8): apply on merge, one at a time, report kept. */
export function applyWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# Makes the live blacklist match blacklist.yaml once a change is merged into the default branch
# (or by hand: Actions, wxbl apply, Run workflow). One apply at a time: the concurrency group
# queues a new run behind a running one and never cancels an apply halfway. The JSON report of
# every run is kept as an artifact; the outcome is in the run summary.
name: wxbl apply

on:
  push:
    paths:
      - blacklist.yaml
  workflow_dispatch:
    inputs:
      force:
        description: "Apply past the guards (max_block / max_unblock). Only after reviewing the plan: the guards are there to stop a mass unblock or block by mistake."
        type: boolean
        default: false

permissions:
  contents: read

concurrency:
  group: wxbl-apply
  cancel-in-progress: false

jobs:
  apply:
    name: Apply blacklist.yaml
    # Only the default branch is applied, whether pushed or started by hand from another branch.
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
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
          args: \${{ inputs.force && '--force' || '' }}
          lang: ${lang}
${credentialInputs(10)}
      - name: Upload the apply report
        if: \${{ always() && steps.apply.outputs.report != '' }}
        uses: ${UPLOAD_ARTIFACT}
        with:
          name: wxbl-report-\${{ github.run_id }}-\${{ github.run_attempt }}
          path: \${{ steps.apply.outputs.report }}
          if-no-files-found: warn
          retention-days: 90
`;
}
