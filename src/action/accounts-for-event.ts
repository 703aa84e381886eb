import {
  ACCOUNTS_FILE,
  type AccountConfig,
  type AccountsConfig,
} from "../accounts/account-config.js";
import { checkAccountsConfig } from "../accounts/check-accounts-config.js";
import { selectAccounts } from "../accounts/select-accounts.js";
import { formatCount } from "../i18n/format-number.js";
import { msg, type Message } from "../i18n/index.js";
import { COMMIT, gitOutput } from "./git-output.js";
import { GitHubCallError, PULL_REQUEST_FILES_LIMIT, type GitHubPort } from "./github-port.js";
import type { PullRequest } from "./pull-request.js";
import { touchedAccounts } from "./touched-accounts.js";

/** Which accounts a run works on, and why (the summary says it). */
export type AccountChoice =
  | { kind: "named" | "every" | "changed"; accounts: AccountConfig[] }
  | { kind: "unknown"; why: Message; accounts: AccountConfig[] };

/**
 * The accounts of wxbl.yaml a run works on (SPEC 11):
 * - those named (the `account` input), when given;
 * - on a pull request, those it changes: its files (GitHub's REST API) and, when it changes
 *   wxbl.yaml, the entries that differ from the target commit's;
 * - on a push, those the push changed (`git diff` of its commits in the checkout);
 * - otherwise (schedule, by hand) every account.
 * When the changes cannot be known (a first push, a commit the checkout lacks, a pull request
 * of more files than GitHub lists), every account, saying why.
 */
export async function accountsForEvent(input: {
  config: AccountsConfig;
  names: readonly string[];
  event: { name: string; payload: unknown };
  pullRequest: PullRequest | undefined;
  cwd: string;
  github: () => Pick<GitHubPort, "listPullRequestFiles">;
}): Promise<AccountChoice> {
  const { config, cwd } = input;
  const every = config.accounts;
  if (input.names.length > 0) {
    return {
      kind: "named",
      accounts: selectAccounts(config, { account: input.names }, "every", "accounts"),
    };
  }
  let changed: { paths: string[]; base: string | undefined } | Message | undefined;
  if (input.pullRequest) changed = await pullRequestChanges(input.pullRequest, input.github);
  else if (input.event.name === "push") changed = await pushChanges(input.event.payload, cwd);
  if (changed === undefined) return { kind: "every", accounts: every };
  if (!("paths" in changed)) return { kind: "unknown", why: changed, accounts: every };
  const base = changed.paths.some((p) => p === "wxbl.yaml")
    ? await accountsAt(changed.base, cwd)
    : [];
  return { kind: "changed", accounts: touchedAccounts(every, changed.paths, base) };
}

async function pullRequestChanges(
  pullRequest: PullRequest,
  github: () => Pick<GitHubPort, "listPullRequestFiles">,
): Promise<{ paths: string[]; base: string | undefined } | Message> {
  let paths: string[];
  try {
    paths = await github().listPullRequestFiles(pullRequest.number);
  } catch (error) {
    if (!(error instanceof GitHubCallError)) throw error;
    return msg("actionAccounts.whyListFailed", {
      status: String(error.status ?? "no answer"),
      message: error.message,
    });
  }
  // A renamed file counts twice, so count the distinct files GitHub listed at most.
  if (new Set(paths).size >= PULL_REQUEST_FILES_LIMIT) {
    return msg("actionAccounts.whyTooManyFiles", { count: formatCount(PULL_REQUEST_FILES_LIMIT) });
  }
  // Only a commit id reaches git's command line.
  return { paths, base: COMMIT.test(pullRequest.baseSha) ? pullRequest.baseSha : undefined };
}

async function pushChanges(
  payload: unknown,
  cwd: string,
): Promise<{ paths: string[]; base: string } | Message> {
  const { before, after } = (payload ?? {}) as { before?: unknown; after?: unknown };
  const valid = (sha: unknown): sha is string =>
    typeof sha === "string" && COMMIT.test(sha) && !/^0+$/.test(sha);
  if (!valid(before) || !valid(after)) return msg("actionAccounts.whyNewBranch");
  const out = await gitOutput(["diff", "--name-only", "--no-renames", "-z", before, after], cwd);
  if (!out.ok) {
    return msg("actionAccounts.whyHistory", { commit: before.slice(0, 12), git: out.problem });
  }
  return { paths: out.stdout.split("\0").filter(Boolean), base: before };
}

/**
 * The accounts of wxbl.yaml at a commit (a commit id, checked by the caller): [] when it had
 * none, undefined when that cannot be read or is not valid there (then every account's entry
 * counts as changed). One `git show`; git saying the path is not in the commit means none.
 */
async function accountsAt(
  commit: string | undefined,
  cwd: string,
): Promise<AccountConfig[] | undefined> {
  if (commit === undefined) return undefined;
  // ^{commit}: a commit the checkout lacks is "invalid object name", not "not in 'COMMIT'".
  const shown = await gitOutput(["show", `${commit}^{commit}:${ACCOUNTS_FILE}`], cwd);
  if (!shown.ok) return NOT_IN_COMMIT.test(shown.problem) ? [] : undefined;
  const check = checkAccountsConfig(Buffer.from(shown.stdout, "utf8"));
  return check.ok ? check.config.accounts : undefined;
}

/**
 * git's answer (LC_ALL=C) when the commit is there but the path is not: "path 'wxbl.yaml' does
 * not exist in 'COMMIT'", or "… exists on disk, but not in 'COMMIT'" when the checkout has it.
 */
const NOT_IN_COMMIT = /^fatal: path '[^']*' (?:does not exist|exists on disk, but not) in '/;
