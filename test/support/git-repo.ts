import { execFileSync } from "node:child_process";

/**
 * `git` in a test's repository (`cwd`, or a function giving it, for a directory made anew by
 * each test): a fixed author and committer, the caller's PATH and HOME only; the output
 * trimmed.
 */
export function gitIn(cwd: string | (() => string)): (...args: string[]) => string {
  return (...args) =>
    execFileSync("git", args, {
      cwd: typeof cwd === "string" ? cwd : cwd(),
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    }).trim();
}
