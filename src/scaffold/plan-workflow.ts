import { FORK_GUARD, FORK_NOTE, reviewJob } from "./review-job.js";
import { PLAN_CONCURRENCY, pullRequestOn, workflowHead } from "./workflow-head.js";
import { credentialInputs, wxblAction, writtenBy, type WorkflowOptions } from "./workflow-parts.js";
import { actionStep, checkoutStep } from "./workflow-steps.js";

/** `.github/workflows/wxbl-plan.yml` (SPEC 8): review for every pull request, plan for ours. */
export function planWorkflow({ version, lang }: WorkflowOptions): string {
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# On a pull request that changes blacklist.yaml, show reviewers what it does:
#   review (every pull request, forks included; no secrets): \`wxbl validate\` with annotations
#     on the changed lines, and \`wxbl diff\` against the target branch in the run summary.
#   plan (pull requests from branches of this repository only): \`wxbl plan\` against the live
#     account, posted as ONE comment on the pull request that is edited on every push, and in
#     the run summary.
${FORK_NOTE}
${workflowHead({
  name: "wxbl plan",
  on: pullRequestOn(["blacklist.yaml"]),
  concurrency: PLAN_CONCURRENCY,
})}

jobs:
${reviewJob({ wxbl, lang, validate: "Validate" })}

  plan:
    name: Plan against the live account
${FORK_GUARD}
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      pull-requests: write
    steps:
${checkoutStep({})}
${actionStep({
  name: "Plan",
  uses: wxbl,
  with: { command: "plan", lang },
  more: credentialInputs(10),
})}
`;
}
