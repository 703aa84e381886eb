import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateOpenids } from "../../../src/sandbox/generate-openids.js";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { startGitHubStandIn, type GitHubStandIn } from "../../support/github-api-stand-in.js";
import { runActionEntry, type ActionRun } from "../../support/run-action-entry.js";
import { gitIn } from "../../support/git-repo.js";

/** A GitHub token as the runner hands it to the step: a secret like any other. */
export const GITHUB_TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";

/** Real-shaped openids of one account (they share their first 6 characters). */
export const followers = generateOpenids(30, 5);
/** The live blacklist before the pull request. */
export const live = followers.slice(0, 10);

export function fileText(users: readonly string[], guard = 50): string {
  return `version: 1\nprune: true\nguard:\n  max_block: ${guard}\n  max_unblock: ${guard}\nusers:\n${users.map((u) => `  - ${u}\n`).join("")}`;
}

/** The pull request blocks 5 more followers and drops 2 of the live ones. */
export const BASE_FILE = fileText(live);
export const HEAD_FILE = fileText([...live.slice(2), ...followers.slice(10, 15)]);

/**
 * One config repository (a git checkout with blacklist.yaml: the base commit, then the pull
 * request's head commit), the sandbox as its WeChat account, and the GitHub stand-in.
 */
export interface ActionWorld {
  repo: string;
  sandbox: Sandbox;
  github: GitHubStandIn;
  baseSha: string;
  headSha: string;
  /** A pull_request event for pull request 7 (from a fork when asked). */
  pullRequestEvent(options?: { fork?: boolean }): unknown;
  /** Runs the Action's entry point in the checkout. */
  run(
    inputs: Record<string, string>,
    options?: { event?: unknown; eventName?: string; env?: NodeJS.ProcessEnv },
  ): Promise<ActionRun>;
  /** The credential inputs for the sandbox, as a workflow passes the secrets. */
  credentials(): Record<string, string>;
  close(): Promise<void>;
}

export async function startActionWorld(): Promise<ActionWorld> {
  const { temp, repo, git } = actionCheckout("wxbl-action-");
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "blacklist.yaml"), BASE_FILE);
  git("add", "blacklist.yaml");
  git("commit", "-q", "-m", "base");
  const baseSha = git("rev-parse", "HEAD");
  writeFileSync(join(repo, "blacklist.yaml"), HEAD_FILE);
  git("commit", "-q", "-am", "block five, unblock two");
  const headSha = git("rev-parse", "HEAD");
  const sandbox = await startSandbox({
    seed: 8,
    pageSize: 4,
    state: { followers, blacklist: live },
  });
  const github = await startGitHubStandIn();
  const world: ActionWorld = {
    repo,
    sandbox,
    github,
    baseSha,
    headSha,
    pullRequestEvent: ({ fork = false } = {}) =>
      pullRequestEvent({ baseSha, headSha, headRef: "block-spam", fork }),
    credentials: () => ({
      "app-id": sandbox.appid,
      "app-secret": sandbox.secret,
      "api-base": sandbox.url,
    }),
    run: (inputs, options = {}) =>
      runActionEntry({
        inputs: { "github-token": GITHUB_TOKEN, ...inputs },
        cwd: repo,
        temp,
        apiUrl: github.url,
        event: options.event ?? world.pullRequestEvent(),
        eventName: options.eventName,
        env: options.env,
      }),
    close: () => closeWorld({ sandbox, github, temp }),
  };
  return world;
}

/** A temporary directory with an empty git checkout, `repo`, in it, and git there. */
export function actionCheckout(prefix: string): {
  temp: string;
  repo: string;
  git: (...args: string[]) => string;
} {
  const temp = mkdtempSync(join(tmpdir(), prefix));
  const repo = join(temp, "repo");
  mkdirSync(repo);
  return { temp, repo, git: gitIn(repo) };
}

/**
 * A pull_request event for pull request 7 of octo-org/blacklist into main, from its branch
 * `headRef` (or, with `fork`, from someone's fork).
 */
export function pullRequestEvent(input: {
  baseSha: string;
  headSha: string;
  headRef: string;
  fork?: boolean;
}): unknown {
  return {
    action: "synchronize",
    number: 7,
    pull_request: {
      number: 7,
      base: { ref: "main", sha: input.baseSha, repo: { full_name: "octo-org/blacklist" } },
      head: {
        ref: input.headRef,
        sha: input.headSha,
        repo: { full_name: input.fork ? "someone/blacklist" : "octo-org/blacklist" },
      },
    },
  };
}

/** Stops a world's sandbox and GitHub stand-in, and removes its directory. */
export async function closeWorld(world: {
  sandbox: Sandbox;
  github: GitHubStandIn;
  temp: string;
}): Promise<void> {
  await world.sandbox.close();
  await world.github.close();
  rmSync(world.temp, { recursive: true, force: true });
}

/**
 * The log lines before the first `::add-mask::` that is not for `secret`: every secret must be
 * masked before the Action prints anything else.
 */
export function linesBeforeMask(stdout: string, secret: string): string[] {
  const lines = stdout.split("\n");
  const at = lines.indexOf(`::add-mask::${secret}`);
  return at < 0 ? lines : lines.slice(0, at).filter((line) => !line.startsWith("::add-mask::"));
}
