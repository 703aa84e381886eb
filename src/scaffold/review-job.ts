import { actionStep, checkoutStep } from "./workflow-steps.js";

/**
 * The review job of the plan workflow (SPEC 8), the same for one account or many: on every
 * pull request, forks included, with no secrets: `wxbl validate` with annotations on the
 * changed lines, then `wxbl diff` against the target branch in the run summary. `validate`
 * names the first step.
 */
export function reviewJob(input: { wxbl: string; lang: string; validate: string }): string {
  const { wxbl, lang } = input;
  return [
    "  review:",
    "    name: Validate and diff",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    permissions:",
    "      contents: read",
    "    steps:",
    checkoutStep({
      why: ["The whole history, so that the target branch's commit is there for `wxbl diff`."],
    }),
    actionStep({ name: input.validate, uses: wxbl, with: { command: "validate", lang } }),
    actionStep({
      name: "Diff against the target branch",
      if: "${{ !cancelled() }}",
      uses: wxbl,
      with: { command: "diff", comment: "false", lang },
    }),
  ].join("\n");
}

/** Why the plan workflow is safe with forks: the header comment's last lines. */
export const FORK_NOTE = [
  "# Secrets never reach code from a fork: this runs on `pull_request` (never",
  "# `pull_request_target`), where a fork gets no secrets and a read-only token, and the job that",
  "# holds secrets is skipped for forks.",
].join("\n");

/** The plan job's fork guard: its comment and its `if:`. */
export const FORK_GUARD = [
  "    # The fork guard: the secrets are used only for pull requests from this repository's branches.",
  "    if: github.event.pull_request.head.repo.full_name == github.repository",
].join("\n");
