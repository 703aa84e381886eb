import { REDACTED, redact } from "../secrets.js";
import { runGit } from "../util/run-git.js";

/** A commit id as GitHub's payloads give it (SHA-1, or SHA-256 repositories). */
export const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** What `git ARGS` printed, or why it failed: the first line of git's stderr (in English). */
export type GitOutput = { ok: true; stdout: string } | { ok: false; problem: string };

/**
 * `git ARGS` in `cwd`. A failure (no git, not a repository, a commit the checkout does not
 * have) gives git's own first line of stderr, for the operator: with any known secret and any
 * password of a URL masked.
 */
export async function gitOutput(args: readonly string[], cwd: string): Promise<GitOutput> {
  const out = await runGit(args, cwd);
  return out.ok ? out : { ok: false, problem: gitProblem(out.stderr) };
}

/** The first line of git's stderr, safe to show: URLs' user:password and known secrets masked. */
export function gitProblem(stderr: string): string {
  const line = stderr.split("\n").find((l) => l.trim() !== "") ?? "git failed";
  return redact(line.trim().replace(/(\/\/)[^/@\s]*@/g, `$1${REDACTED}@`));
}
