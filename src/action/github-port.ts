/**
 * What the Action asks of GitHub, and nothing more: issue comments (the pull-request comment
 * is an issue comment), issues and one label, and a pull request's files (which accounts it
 * changes, SPEC 11), through the REST API (SPEC 9: never the search API). The sticky comment,
 * the drift issue and the changed accounts ask for the narrowest part of it.
 */
export interface IssueComment {
  id: number;
  body: string;
  url: string;
}

export interface Issue {
  number: number;
  body: string;
  url: string;
}

export interface GitHubPort {
  /** Every comment of an issue or pull request, oldest first (all pages). */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  /** The open issues carrying `label` (all pages; pull requests left out). */
  listOpenIssues(label: string): Promise<Issue[]>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(number: number, input: { title?: string; body?: string }): Promise<Issue>;
  closeIssue(number: number): Promise<Issue>;
  /**
   * The paths a pull request changes (all pages), a renamed file under both its names. GitHub
   * lists at most PULL_REQUEST_FILES_LIMIT files.
   */
  listPullRequestFiles(pullRequest: number): Promise<string[]>;
  /** Creates the label unless the repository has it. */
  ensureLabel(input: { name: string; color: string; description: string }): Promise<void>;
}

/** A failed call, with GitHub's status for the message (403: the job lacks a permission). */
export class GitHubCallError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = "GitHubCallError";
  }
}

/** GitHub's REST API lists at most 3,000 files of a pull request. */
export const PULL_REQUEST_FILES_LIMIT = 3_000;
