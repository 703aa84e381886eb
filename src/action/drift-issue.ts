import type { GitHubPort, Issue } from "./github-port.js";

/** The label every drift issue carries (SPEC 9). */
export const DRIFT_LABEL = {
  name: "wxbl-drift",
  color: "D93F0B",
  description: "The live WeChat blacklist differs from the file",
} as const;

/** The hidden first line that tells one account's drift issue from another's (SPEC 11). */
export function driftMarker(account: string | undefined): string {
  return account === undefined ? "<!-- wxbl:drift -->" : `<!-- wxbl:drift account=${account} -->`;
}

/** Any wxbl marker: an issue with none was opened by hand or by the workflows of before. */
const ANY_MARKER = /^<!-- wxbl:/;

export type DriftOutcome =
  { action: "opened" | "updated" | "closed"; issue: Issue } | { action: "none" };

/**
 * Keeps ONE open drift issue per account (SPEC 9, 11): with drift, updates the open issue that
 * carries the label and this account's marker, or opens one; without drift, comments on it and
 * closes it. Without an account, an open labelled issue with no wxbl marker (one the earlier
 * template's drift workflow opened) counts as the one, so moving to the Action opens no second.
 */
export async function syncDriftIssue(
  github: Pick<
    GitHubPort,
    | "listOpenIssues"
    | "createIssue"
    | "updateIssue"
    | "closeIssue"
    | "createComment"
    | "ensureLabel"
  >,
  input: {
    drifted: boolean;
    account: string | undefined;
    title: string;
    body: string;
    closeComment: string;
  },
): Promise<DriftOutcome> {
  const marker = driftMarker(input.account);
  const open = await github.listOpenIssues(DRIFT_LABEL.name);
  const ours = open.filter(
    (issue) =>
      issue.body.startsWith(`${marker}\n`) ||
      (input.account === undefined && !ANY_MARKER.test(issue.body)),
  );
  const body = `${marker}\n${input.body}`;
  if (input.drifted) {
    const [current] = ours;
    if (current) {
      return {
        action: "updated",
        issue: await github.updateIssue(current.number, { title: input.title, body }),
      };
    }
    await github.ensureLabel(DRIFT_LABEL);
    return {
      action: "opened",
      issue: await github.createIssue({ title: input.title, body, labels: [DRIFT_LABEL.name] }),
    };
  }
  let closed: Issue | undefined;
  for (const issue of ours) {
    await github.createComment(issue.number, input.closeComment);
    closed = await github.closeIssue(issue.number);
  }
  return closed ? { action: "closed", issue: closed } : { action: "none" };
}
