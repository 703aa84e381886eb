import {
  accountSecretEnv,
  CHECKOUT,
  pathFilter,
  wxblAction,
  writtenBy,
  type WorkflowAccount,
  type WorkflowOptions,
} from "./workflow-parts.js";

/**
 * `.github/workflows/wxbl-plan.yml` of a repository of several accounts (SPEC 8, 11): review for
 * every pull request; ONE plan job for ours that plans every account the pull request changes
 * and posts ONE comment with a section per account. It lists each account's file (the trigger)
 * and secrets (the plan job's environment): `wxbl init --account` rewrites it as accounts come.
 */
export function accountsPlanWorkflow(
  options: WorkflowOptions & { accounts: readonly WorkflowAccount[] },
): string {
  const { version, lang, accounts } = options;
  const wxbl = wxblAction(version);
  return `${writtenBy(version)}
# On a pull request that changes wxbl.yaml or an account's file, show reviewers what it does:
#   review (every pull request, forks included; no secrets): \`wxbl validate\` of every account
#     with annotations on the changed lines, and \`wxbl diff\` against the target branch in the
#     run summary.
#   plan (pull requests from branches of this repository only): ONE job plans every account whose
#     file (or entry in wxbl.yaml) the pull request changes, each with its own secrets, and posts
#     ONE comment with a section per account, edited on every push, and in the run summary.
# Secrets never reach code from a fork: this runs on \`pull_request\` (never
# \`pull_request_target\`), where a fork gets no secrets and a read-only token, and the job that
# holds secrets is skipped for forks.
# \`wxbl init --account NAME --appid wx…\` adds an account here (its file and its secrets).
name: wxbl plan

on:
  pull_request:
    paths:
      - wxbl.yaml
${accounts.map((account) => `      - ${pathFilter(account.file)}`).join("\n")}
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
      - name: Validate every account
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
    name: Plan the changed accounts
    # The fork guard: the secrets are used only for pull requests from this repository's branches.
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
      # The comment; also what lets the Action list the pull request's files.
      pull-requests: write
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - name: Plan
        uses: ${wxbl}
        # Each account's own variables: WECHAT_<ENV>_APPSECRET (or _ACCESS_TOKEN), and
        # _API_BASE when it has its own. wxbl gives each account only its own.
        env:
${accountSecretEnv(accounts, 10)}
        with:
          command: plan
          lang: ${lang}
          api-base: \${{ secrets.WECHAT_API_BASE }}
          https-proxy: \${{ secrets.HTTPS_PROXY }}
`;
}
