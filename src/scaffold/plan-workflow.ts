import {
  CHECKOUT,
  credentialInputs,
  wxblAction,
  writtenBy,
  type WorkflowOptions,
} from "./workflow-parts.js";

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
# Secrets never reach code from a fork: this runs on \`pull_request\` (never
# \`pull_request_target\`), where a fork gets no secrets and a read-only token, and the job that
# holds secrets is skipped for forks.
name: wxbl plan

on:
  pull_request:
    paths:
      - blacklist.yaml
      - .github/workflows/wxbl-plan.yml

permissions:
  contents: read

concurrency:
  # Only the newest push of a pull request matters: the comment shows its plan.
  group: wxbl-plan-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  review:
    name: Validate and diff
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          # The whole history, so that the target branch's commit is there for \`wxbl diff\`.
          fetch-depth: 0
          persist-credentials: false
      - name: Validate
        uses: ${wxbl}
        with:
          command: validate
          lang: ${lang}
      - name: Diff against the target branch
        if: \${{ !cancelled() }}
        uses: ${wxbl}
        with:
          command: diff
          comment: false
          lang: ${lang}

  plan:
    name: Plan against the live account
    # The fork guard: the secrets are used only for pull requests from this repository's branches.
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - name: Plan
        uses: ${wxbl}
        with:
          command: plan
          lang: ${lang}
${credentialInputs(10)}
`;
}
