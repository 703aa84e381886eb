import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { workflowFiles } from "../../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../../src/version.js";
import { startGitHubStandIn, type GitHubStandIn } from "../../support/github-api-stand-in.js";
import { runActionEntry, type ActionRun } from "../../support/run-action-entry.js";
import { stepAsRun, type ContextValue } from "../../support/workflow-expressions.js";
import { accountIds } from "../accounts-fixture.js";
import { actionCheckout, closeWorld, GITHUB_TOKEN, pullRequestEvent } from "./action-fixture.js";

/**
 * A config repository of four accounts (SPEC 11) for the Action, with a sandbox of four
 * accounts as WeChat and the GitHub stand-in. The base commit's files equal the live lists;
 * the head commit (the pull request, or the push) blocks 3 and unblocks 2 on main and on shop,
 * and changes brand-cn's entry in wxbl.yaml only (its variables: env BRAND before, the default
 * BRAND_CN after). news changes in nothing.
 */
export const NAMES = ["main", "shop", "brand-cn", "news"] as const;
export type AccountName = (typeof NAMES)[number];
const PREFIX: Record<AccountName, string> = {
  main: "mA1n0",
  shop: "q7Ys2",
  "brand-cn": "bRnd4",
  news: "nEws9",
};

export const ids = Object.fromEntries(
  NAMES.map((name) => [
    name,
    {
      kept: accountIds(PREFIX[name], "K", 6),
      stray: accountIds(PREFIX[name], "S", 2),
      toBlock: accountIds(PREFIX[name], "N", 3),
    },
  ]),
) as Record<AccountName, { kept: string[]; stray: string[]; toBlock: string[] }>;

export const fileOf = (name: AccountName) => `accounts/${name}/blacklist.yaml`;
const fileText = (appid: string, users: readonly string[]) =>
  `version: 1\nappid: ${appid}\nguard:\n  max_block: 50\n  max_unblock: 50\nusers:\n${users.map((u) => `  - ${u}\n`).join("")}`;
const configText = (brandEnv: string | undefined) =>
  `accounts:\n${NAMES.map(
    (name) =>
      `  ${name}:\n    file: ${fileOf(name)}\n${name === "brand-cn" && brandEnv ? `    env: ${brandEnv}\n` : ""}`,
  ).join("")}`;
/** What the head commit wants on main and shop. */
export const headUsers = (name: AccountName) =>
  name === "main" || name === "shop" ? [...ids[name].kept, ...ids[name].toBlock] : live(name);
export const live = (name: AccountName) => [...ids[name].kept, ...ids[name].stray];

export interface AccountsWorld {
  repo: string;
  sandbox: Sandbox;
  github: GitHubStandIn;
  baseSha: string;
  headSha: string;
  /** The repository's secrets: each account's AppSecret (WECHAT_<ENV>_APPSECRET), the API base. */
  secrets: Record<string, string>;
  pullRequestEvent(): unknown;
  pushEvent(): unknown;
  /**
   * The `with:` and `env:` of the wxbl step of a job of the workflows `wxbl init` writes for
   * these accounts, evaluated as the runner evaluates them (secrets, the matrix entry).
   */
  step(
    file: string,
    job: string,
    matrix?: Record<string, ContextValue>,
  ): { inputs: Record<string, string>; env: Record<string, string> };
  run(
    step: { inputs: Record<string, string>; env: Record<string, string> },
    options: { event: unknown; eventName: string },
  ): Promise<ActionRun>;
  close(): Promise<void>;
}

/** `lang`: the language `wxbl init --account --lang` wrote the workflows in (their `lang:` input). */
export async function startAccountsWorld(
  options: { lang?: "en" | "zh-CN" } = {},
): Promise<AccountsWorld> {
  const { temp, repo, git } = actionCheckout("wxbl-action-accounts-");
  const sandbox = await startSandbox({
    seed: 11,
    pageSize: 4,
    tokenTtlSeconds: 1_000_000,
    accounts: NAMES.map((name) => ({
      name,
      state: {
        followers: [...ids[name].kept, ...ids[name].stray, ...ids[name].toBlock],
        blacklist: live(name),
      },
    })),
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  git("init", "-q", "-b", "main");
  write("wxbl.yaml", configText("BRAND"));
  for (const name of NAMES) write(fileOf(name), fileText(sandbox.account(name).appid, live(name)));
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  const baseSha = git("rev-parse", "HEAD");
  write("wxbl.yaml", configText(undefined));
  for (const name of ["main", "shop"] as const) {
    write(fileOf(name), fileText(sandbox.account(name).appid, headUsers(name)));
  }
  git("commit", "-q", "-am", "block three on main and shop, unblock two; brand-cn's own variables");
  const headSha = git("rev-parse", "HEAD");

  const github = await startGitHubStandIn();
  const secrets: Record<string, string> = { WECHAT_API_BASE: sandbox.url };
  for (const account of sandbox.accounts)
    secrets[`WECHAT_${account.env}_APPSECRET`] = account.secret;
  const accounts = NAMES.map((name) => ({
    name,
    file: fileOf(name),
    env: name.toUpperCase().replaceAll("-", "_"),
  }));
  const workflows = Object.fromEntries(
    workflowFiles({ version: wxblVersion(), lang: options.lang ?? "en", accounts }).map((f) => [
      f.path.slice(".github/workflows/".length),
      parse(f.text) as {
        jobs: Record<
          string,
          {
            steps: {
              uses?: string;
              with?: Record<string, unknown>;
              env?: Record<string, unknown>;
            }[];
          }
        >;
      },
    ]),
  );
  const world: AccountsWorld = {
    repo,
    sandbox,
    github,
    baseSha,
    headSha,
    secrets,
    pullRequestEvent: () => pullRequestEvent({ baseSha, headSha, headRef: "spam" }),
    pushEvent: () => ({ ref: "refs/heads/main", before: baseSha, after: headSha }),
    step: (file, job, matrix = {}) => {
      const steps = workflows[file]!.jobs[job]!.steps.filter((s) =>
        s.uses?.startsWith("wxbl/wxbl@"),
      );
      if (steps.length !== 1) throw new Error(`${file} ${job} has ${steps.length} wxbl steps`);
      return stepAsRun(steps[0]!, {
        secrets,
        matrix,
        inputs: { force: false, accounts: "" },
        github: { run_id: "4242", run_attempt: "1" },
      });
    },
    run: (step, options) =>
      runActionEntry({
        inputs: { "github-token": GITHUB_TOKEN, ...step.inputs },
        env: step.env,
        cwd: repo,
        temp,
        apiUrl: github.url,
        event: options.event,
        eventName: options.eventName,
      }),
    close: () => closeWorld({ sandbox, github, temp }),
  };
  return world;
}
