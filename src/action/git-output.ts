import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { REDACTED, redact } from "../secrets.js";

const run = promisify(execFile);

/** Room for the names of every file of a large push. */
const MAX_BUFFER = 64 * 1024 * 1024;

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
  try {
    const { stdout } = await run("git", [...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: MAX_BUFFER,
      env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" },
    });
    return { ok: true, stdout };
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message?: string };
    return { ok: false, problem: gitProblem(stderr || message || "") };
  }
}

/** The first line of git's stderr, safe to show: URLs' user:password and known secrets masked. */
export function gitProblem(stderr: string): string {
  const line = stderr.split("\n").find((l) => l.trim() !== "") ?? "git failed";
  return redact(line.trim().replace(/(\/\/)[^/@\s]*@/g, `$1${REDACTED}@`));
}
