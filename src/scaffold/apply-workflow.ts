import { applySteps, ENVIRONMENT_NOTE } from "./job-steps.js";
import { mergeOn, workflowHead } from "./workflow-head.js";
import { wxblAction, writtenBy, type WorkflowOptions } from "./workflow-parts.js";

/** `.github/workflows/wxbl-apply.yml` (SPEC 8): apply on merge, one at a time, report kept. */
export function applyWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# Makes the live blacklist match blacklist.yaml once a change is merged into the default branch
# (or by hand: Actions, wxbl apply, Run workflow). One apply at a time: the concurrency group
# queues a new run behind a running one and never cancels an apply halfway. The JSON report of
# every run is kept as an artifact; the outcome is in the run summary.
${workflowHead({
  name: "wxbl apply",
  on: mergeOn(["blacklist.yaml"]),
  concurrency: { group: "wxbl-apply", cancel: false },
})}

jobs:
  apply:
    name: Apply blacklist.yaml
    # Only the default branch is applied, whether pushed or started by hand from another branch.
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
    runs-on: ubuntu-latest
    timeout-minutes: 120
${ENVIRONMENT_NOTE}
    permissions:
      contents: read
    steps:
${applySteps({ wxbl, lang, perAccount: false })}
`;
}
