import type { AccountsConfig } from "../accounts/account-config.js";
import { InputError, RuntimeFailure } from "../errors.js";
import { msg, t, type Lang } from "../i18n/index.js";
import { redact } from "../secrets.js";
import type { ActionInputs } from "./action-inputs.js";
import { commentDiffArgv } from "./cli-argv.js";
import { syncDriftIssue } from "./drift-issue.js";
import { driftIssueText } from "./drift-issue-text.js";
import { GitHubCallError } from "./github-port.js";
import type { PullRequest } from "./pull-request.js";
import type { ActionRuntime } from "./action-runtime.js";
import type { CliRun } from "./run-cli.js";
import { commentMarker, upsertStickyComment } from "./sticky-comment.js";
import { renderPlanComment } from "../render/render-plan-comment.js";

/**
 * What the Action leaves on GitHub besides the summary: for `plan` and `diff` on a pull
 * request, the one sticky comment (the plan with the file diff folded under it); for `drift`,
 * the one drift issue opened, updated or closed. Nothing for a fork's pull request (its token
 * is read-only), and the issue is left alone when the plan failed.
 */
export async function publishResult(
  rt: ActionRuntime,
  input: {
    inputs: ActionInputs;
    lang: Lang;
    code: number;
    markdown: string;
    pullRequest: PullRequest | undefined;
    cli: (argv: readonly string[]) => Promise<CliRun>;
    /** wxbl.yaml as runAction read it (undefined when missing or not valid). */
    config: AccountsConfig | undefined;
  },
): Promise<void> {
  const { inputs, lang, pullRequest } = input;
  if (inputs.command === "plan" || inputs.command === "diff") {
    // The file diff folded under a pull request's plan.
    const diff = async (pr: PullRequest) => {
      if (inputs.command !== "plan") return undefined;
      const run = await input.cli(commentDiffArgv(inputs, pr));
      return run.code === 0 ? run.stdout : undefined;
    };
    return publishComment(rt, { inputs, lang, markdown: input.markdown, pullRequest, diff });
  }
  if (inputs.command === "drift") {
    const runUrl = runUrlOf(rt);
    if (input.code !== 0 && input.code !== 2) return rt.info(t(lang, "action.driftUntouched"));
    const text = driftIssueText(lang, {
      account: inputs.account,
      file:
        inputs.file ??
        (inputs.account === undefined
          ? "blacklist.yaml"
          : (input.config?.accounts.find((a) => a.name === inputs.account)?.file ??
            inputs.account)),
      runUrl,
      now: rt.now(),
      plan: input.markdown,
    });
    const outcome = await onGitHub("issue", () =>
      syncDriftIssue(github(rt, inputs), {
        drifted: input.code === 2,
        account: inputs.account,
        title: text.title,
        body: redact(text.body),
        closeComment: redact(text.closeComment),
      }),
    );
    if (outcome.action === "none") return rt.info(t(lang, "action.driftNone"));
    const key = {
      opened: "action.driftOpened",
      updated: "action.driftUpdated",
      closed: "action.driftClosed",
    } as const;
    rt.info(t(lang, key[outcome.action], { url: outcome.issue.url }));
  }
}

/**
 * The one sticky comment of a pull request's `plan` or `diff` (with the `comment` input): the
 * markdown, and `diff` folded under it when given. Nothing for a fork's pull request.
 */
export async function publishComment(
  rt: ActionRuntime,
  input: {
    inputs: ActionInputs;
    lang: Lang;
    markdown: string;
    pullRequest: PullRequest | undefined;
    diff?: (pullRequest: PullRequest) => Promise<string | undefined>;
  },
): Promise<void> {
  const { inputs, lang, pullRequest } = input;
  if (!inputs.comment) return;
  if (!pullRequest) return rt.info(t(lang, "action.noPullRequest"));
  if (pullRequest.fork) return rt.notice(t(lang, "action.forkNoComment"));
  const body = renderPlanComment({
    lang,
    kind: inputs.command === "diff" ? "diff" : "plan",
    main: input.markdown,
    diff: await input.diff?.(pullRequest),
    sha: pullRequest.headSha,
    runUrl: runUrlOf(rt),
  });
  const outcome = await onGitHub("comment", () =>
    upsertStickyComment(github(rt, inputs), {
      issue: pullRequest.number,
      marker: commentMarker(inputs.account),
      body: redact(body),
    }),
  );
  const key = outcome.action === "created" ? "action.commentCreated" : "action.commentUpdated";
  rt.info(t(lang, key, { url: outcome.comment.url }));
}

function runUrlOf(rt: ActionRuntime): string {
  return `${rt.event.serverUrl}/${rt.event.repo.owner}/${rt.event.repo.repo}/actions/runs/${rt.event.runId}`;
}

export function github(rt: ActionRuntime, inputs: ActionInputs) {
  // action.yml defaults github-token to the job's token; outside a runner there may be none.
  if (!inputs.githubToken) throw new InputError(msg("action.noGithubToken"));
  return rt.github(inputs.githubToken);
}

/** A failed GitHub call as the operator's error: what failed, GitHub's answer, the permission. */
async function onGitHub<T>(what: "comment" | "issue", work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof GitHubCallError)) throw error;
    const params = { status: String(error.status ?? "no answer"), message: error.message };
    throw new RuntimeFailure(
      msg(what === "comment" ? "action.commentFailed" : "action.issueFailed", params),
    );
  }
}
