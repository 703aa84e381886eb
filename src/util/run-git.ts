import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Room for `git show` of a large blacklist (1M entries is about 50 MB) and a push's file names. */
const MAX_BUFFER = 1024 * 1024 * 1024;

/** What `git ARGS` printed, or what it said on failing; `noGit` when there is no git to run. */
export type GitRun = { ok: true; stdout: string } | { ok: false; stderr: string; noGit: boolean };

/**
 * `git ARGS` in `cwd`, in English (its messages are read and quoted) and never asking for a
 * password: the one way `wxbl diff` and the Action run git.
 */
export async function runGit(args: readonly string[], cwd: string): Promise<GitRun> {
  try {
    const { stdout } = await run("git", [...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: MAX_BUFFER,
      env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" },
    });
    return { ok: true, stdout };
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    return { ok: false, stderr: String(err.stderr || err.message), noGit: err.code === "ENOENT" };
  }
}
