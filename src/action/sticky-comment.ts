import type { GitHubPort, IssueComment } from "./github-port.js";

/**
 * The hidden first line that finds wxbl's comment on a pull request again: one per pull request
 * (per account when the job is for one account), edited in place on every push.
 */
export function commentMarker(account: string | undefined): string {
  return account === undefined
    ? "<!-- wxbl:comment -->"
    : `<!-- wxbl:comment account=${account} -->`;
}

/**
 * Creates the comment, or edits the one that starts with `marker` (the oldest, should there
 * ever be two). Never a second comment for the same marker.
 */
export async function upsertStickyComment(
  github: Pick<GitHubPort, "listComments" | "createComment" | "updateComment">,
  input: { issue: number; marker: string; body: string },
): Promise<{ action: "created" | "updated"; comment: IssueComment }> {
  const body = `${input.marker}\n${input.body}`;
  const existing = (await github.listComments(input.issue)).find((comment) =>
    comment.body.startsWith(`${input.marker}\n`),
  );
  if (existing)
    return { action: "updated", comment: await github.updateComment(existing.id, body) };
  return { action: "created", comment: await github.createComment(input.issue, body) };
}
