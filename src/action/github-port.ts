/**
 * What the Action asks of GitHub, and nothing more: issue comments (the pull-request comment
 * is an issue comment), issues and one label, through the REST API (SPEC 9: never the search
 * API). The sticky comment and the drift issue ask for the narrowest part of it.
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

/** GitHub rejects comment and issue bodies over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Room kept under the limit for the hidden marker line and the footer. */
const BODY_MARGIN = 1_000;

/** `text` cut to fit a comment or issue body, ending with `note` when cut. */
export function fitBody(text: string, note: string): string {
  const room = GITHUB_BODY_LIMIT - BODY_MARGIN;
  return text.length <= room ? text : `${text.slice(0, room - note.length - 2)}\n\n${note}`;
}
