/** What the Action needs to know of the pull request it runs for. */
export interface PullRequest {
  number: number;
  /** The target branch's commit: what `wxbl diff` compares with. */
  baseSha: string;
  /** The commit planned, for the comment's footer. */
  headSha: string;
  /** From another repository: its token cannot comment, and it never gets secrets. */
  fork: boolean;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
}

/** The pull request of a `pull_request` event's payload (GITHUB_EVENT_PATH); else undefined. */
export function pullRequestOf(payload: unknown): PullRequest | undefined {
  const pr = (payload as PullRequestPayload | null)?.pull_request;
  if (!pr || typeof pr.number !== "number" || !pr.base?.sha || !pr.head?.sha) return undefined;
  const base = pr.base.repo?.full_name;
  const head = pr.head.repo?.full_name;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    // A deleted fork has no head repository: still a fork.
    fork: !head || head !== base,
  };
}
