import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Room for the names of every file of a large push. */
const MAX_BUFFER = 64 * 1024 * 1024;

/** A commit id as GitHub's payloads give it (SHA-1, or SHA-256 repositories). */
export const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * What `git ARGS` prints in `cwd`, or undefined when it fails (no git, not a repository, a
 * commit the checkout does not have): the callers then fall back to every account.
 */
export async function gitOutput(args: readonly string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", [...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: MAX_BUFFER,
      env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" },
    });
    return stdout;
  } catch {
    return undefined;
  }
}
