import { getOctokit } from "@actions/github";
import { GitHubCallError, type GitHubPort, type Issue, type IssueComment } from "./github-port.js";

type Octokit = ReturnType<typeof getOctokit>;

/**
 * The GitHubPort over @actions/github's Octokit, for one repository. The API's address is
 * GITHUB_API_URL (the toolkit reads it), so a test points it at a loopback stand-in.
 */
export function octokitPort(token: string, repo: { owner: string; repo: string }): GitHubPort {
  const octokit: Octokit = getOctokit(token);
  const rest = octokit.rest;
  const comment = (c: { id: number; body?: string | null; html_url: string }): IssueComment => ({
    id: c.id,
    body: c.body ?? "",
    url: c.html_url,
  });
  const issue = (i: { number: number; body?: string | null; html_url: string }): Issue => ({
    number: i.number,
    body: i.body ?? "",
    url: i.html_url,
  });
  return {
    listComments: (issueNumber) =>
      call(async () =>
        (
          await octokit.paginate(rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100,
          })
        ).map(comment),
      ),
    createComment: (issueNumber, body) =>
      call(async () =>
        comment(
          (await rest.issues.createComment({ ...repo, issue_number: issueNumber, body })).data,
        ),
      ),
    updateComment: (id, body) =>
      call(async () =>
        comment((await rest.issues.updateComment({ ...repo, comment_id: id, body })).data),
      ),
    listOpenIssues: (label) =>
      call(async () =>
        (
          await octokit.paginate(rest.issues.listForRepo, {
            ...repo,
            labels: label,
            state: "open",
            per_page: 100,
          })
        )
          .filter((i) => !i.pull_request)
          .map(issue),
      ),
    createIssue: (input) =>
      call(async () => issue((await rest.issues.create({ ...repo, ...input })).data)),
    updateIssue: (number, input) =>
      call(async () =>
        issue((await rest.issues.update({ ...repo, issue_number: number, ...input })).data),
      ),
    closeIssue: (number) =>
      call(async () =>
        issue(
          (
            await rest.issues.update({
              ...repo,
              issue_number: number,
              state: "closed",
              state_reason: "completed",
            })
          ).data,
        ),
      ),
    ensureLabel: (input) =>
      call(async () => {
        try {
          await rest.issues.getLabel({ ...repo, name: input.name });
        } catch (error) {
          if ((error as { status?: number }).status !== 404) throw error;
          await rest.issues.createLabel({ ...repo, ...input });
        }
      }),
  };
}

/** Octokit's RequestError, as a GitHubCallError with its status and message. */
async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new GitHubCallError(status, (error as Error).message);
  }
}
