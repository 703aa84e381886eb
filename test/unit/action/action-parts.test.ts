import { describe, expect, it } from "vitest";
import {
  readActionInputs,
  type ActionInputs,
  type CliCommand,
} from "../../../src/action/action-inputs.js";
import { checkAccountsConfig } from "../../../src/accounts/check-accounts-config.js";
import { cliArgv } from "../../../src/action/cli-argv.js";
import { cliEnv } from "../../../src/action/cli-env.js";
import { syncDriftIssue } from "../../../src/action/drift-issue.js";
import type { GitHubPort, Issue } from "../../../src/action/github-port.js";
import { splitArgs } from "../../../src/action/split-args.js";
import { upsertStickyComment } from "../../../src/action/sticky-comment.js";

const inputs = (values: Record<string, string>): ActionInputs =>
  readActionInputs((name) => values[name] ?? "");

/** The inputs of a command that runs the CLI (runAction handles `accounts` before cliArgv). */
const cliInputs = (values: Record<string, string>): ActionInputs & { command: CliCommand } => {
  const read = inputs(values);
  if (read.command === "accounts") throw new Error("accounts runs no CLI command");
  return { ...read, command: read.command };
};

const pullRequest = { number: 7, baseSha: "b".repeat(40), headSha: "h".repeat(40), fork: false };

describe("splitArgs (the args input)", () => {
  it.each([
    { text: "", words: [] },
    { text: "  --force\t--concurrency 2\n", words: ["--force", "--concurrency", "2"] },
    { text: `--reason "spam links" --x='a b'`, words: ["--reason", "spam links", "--x=a b"] },
    { text: `"say \\"hi\\""`, words: [`say "hi"`] },
    { text: "'$HOME' *", words: ["$HOME", "*"] },
  ])("$text", ({ text, words }) => {
    expect(splitArgs(text)).toEqual(words);
  });

  it("refuses an unclosed quote, saying where", () => {
    expect(() => splitArgs(`--reason "spam`)).toThrow(/character 10 is not closed/);
  });
});

describe("cliArgv (what each Action command runs)", () => {
  const report = "/tmp/r.json";
  it.each([
    { command: "validate", argv: ["validate"] },
    { command: "plan", argv: ["plan", "--detailed-exitcode", "--format", "markdown"] },
    { command: "drift", argv: ["plan", "--detailed-exitcode", "--format", "markdown"] },
    { command: "apply", argv: ["apply", "--yes", "--report", report] },
    { command: "expire", argv: ["apply", "--only-expired", "--yes", "--report", report] },
    { command: "diff", argv: ["diff", "--format", "markdown", "--base", "b".repeat(40)] },
  ])("$command", ({ command, argv }) => {
    expect(cliArgv(cliInputs({ command }), { pullRequest, reportPath: report })).toEqual(argv);
  });

  it("adds --file, --account and --lang, then the args input last", () => {
    const given = cliInputs({
      command: "apply",
      file: "b.yaml",
      account: "shop",
      lang: "zh-CN",
      args: "--force",
    });
    expect(cliArgv(given, { pullRequest: undefined, reportPath: report })).toEqual([
      "apply",
      "--yes",
      "--report",
      report,
      "--file",
      "b.yaml",
      "--account",
      "shop",
      "--lang",
      "zh-CN",
      "--force",
    ]);
  });

  it("diff takes --base from args over the pull request's base", () => {
    const given = cliInputs({ command: "diff", args: "--base=origin/main" });
    expect(cliArgv(given, { pullRequest, reportPath: report })).toEqual([
      "diff",
      "--format",
      "markdown",
      "--base=origin/main",
    ]);
  });

  it("refuses an unknown command and a comment input that is not a boolean", () => {
    expect(() => inputs({ command: "deploy" })).toThrow(
      'the command input "deploy" is not one of validate, plan, apply, drift, diff, expire, accounts',
    );
    expect(() => inputs({ comment: "yes please" })).toThrow(/must be true or false/);
  });
});

describe("cliEnv (the CLI's environment)", () => {
  const base = {
    PATH: "/bin",
    GITHUB_STEP_SUMMARY: "/s",
    WECHAT_APPID: "",
    WECHAT_ACCESS_TOKEN: "",
    WECHAT_API_BASE: "https://gateway.example",
  };

  it("without an account: the plain variables; empty ones dropped; the summary is the Action's", () => {
    const env = cliEnv(
      inputs({ "app-id": "wx1", "app-secret": "s3cr3t-value", "https-proxy": "http://p:1" }),
      base,
      undefined,
    );
    expect(env).toEqual({
      PATH: "/bin",
      WECHAT_APPID: "wx1",
      WECHAT_APPSECRET: "s3cr3t-value",
      WECHAT_API_BASE: "https://gateway.example",
      HTTPS_PROXY: "http://p:1",
      https_proxy: "http://p:1",
    });
  });

  it("with an account: WECHAT_<ENV>_* from wxbl.yaml's env, else the name upper-cased", () => {
    const check = checkAccountsConfig(
      Buffer.from(
        "accounts:\n  shop:\n    file: a/shop.yaml\n    env: STORE\n  brand-main:\n    file: b.yaml\n",
      ),
    );
    if (!check.ok) throw new Error("the test's wxbl.yaml is valid");
    const shop = cliEnv(
      inputs({ account: "shop", "app-id": "wx1", "app-secret": "s1", "access-token": "t1" }),
      {},
      check.config,
    );
    expect(shop).toEqual({ WECHAT_STORE_APPSECRET: "s1", WECHAT_STORE_ACCESS_TOKEN: "t1" });
    const brand = cliEnv(
      inputs({ account: "brand-main", "api-base": "http://x" }),
      {},
      check.config,
    );
    expect(brand).toEqual({ WECHAT_BRAND_MAIN_API_BASE: "http://x" });
    // No wxbl.yaml (or one not valid): the name upper-cased.
    const none = cliEnv(inputs({ account: "brand-main", "app-secret": "s2" }), {}, undefined);
    expect(none).toEqual({ WECHAT_BRAND_MAIN_APPSECRET: "s2" });
  });
});

/** An in-memory GitHubPort that records the writes. */
function fakeGitHub(open: Issue[] = [], comments: { id: number; body: string }[] = []) {
  const writes: string[] = [];
  const port: GitHubPort = {
    listComments: async () => comments.map((c) => ({ ...c, url: `c${c.id}` })),
    createComment: async (issue, body) => {
      writes.push(`comment ${issue}`);
      return { id: 99, body, url: "c99" };
    },
    updateComment: async (id, body) => {
      writes.push(`edit ${id}`);
      return { id, body, url: `c${id}` };
    },
    listOpenIssues: async () => open,
    createIssue: async (input) => {
      writes.push(`open ${input.title}`);
      return { number: 50, body: input.body, url: "i50" };
    },
    updateIssue: async (number) => {
      writes.push(`update ${number}`);
      return { number, body: "", url: `i${number}` };
    },
    closeIssue: async (number) => {
      writes.push(`close ${number}`);
      return { number, body: "", url: `i${number}` };
    },
    listPullRequestFiles: async () => [],
    ensureLabel: async (label) => void writes.push(`label ${label.name}`),
  };
  return { port, writes };
}

describe("upsertStickyComment", () => {
  it("edits the comment that starts with the marker, whatever else is there", async () => {
    const { port, writes } = fakeGitHub(
      [],
      [
        { id: 1, body: "looks good" },
        { id: 2, body: "<!-- wxbl:comment account=shop -->\nold" },
        { id: 3, body: "<!-- wxbl:comment -->\nold" },
      ],
    );
    const marker = "<!-- wxbl:comment -->";
    const outcome = await upsertStickyComment(port, { issue: 7, marker, body: "new" });
    expect(outcome).toMatchObject({ action: "updated", comment: { id: 3 } });
    expect(writes).toEqual(["edit 3"]);
  });
});

describe("syncDriftIssue", () => {
  const text = { title: "T", body: "B", closeComment: "C" };
  const issue = (number: number, body: string): Issue => ({ number, body, url: `i${number}` });

  it.each([
    {
      name: "drift, no issue: ensures the label and opens one",
      open: [],
      drifted: true,
      account: undefined,
      writes: ["label wxbl-drift", "open T"],
    },
    {
      name: "drift, our issue open: updates it",
      open: [issue(4, "<!-- wxbl:drift -->\nB")],
      drifted: true,
      account: undefined,
      writes: ["update 4"],
    },
    {
      name: "drift, an issue the old workflow opened (no marker): updates it, opens no second",
      open: [issue(5, "The live blacklist differs from `blacklist.yaml`")],
      drifted: true,
      account: undefined,
      writes: ["update 5"],
    },
    {
      name: "drift for shop: another account's issue is not ours",
      open: [issue(4, "<!-- wxbl:drift account=main -->\nB")],
      drifted: true,
      account: "shop",
      writes: ["label wxbl-drift", "open T"],
    },
    {
      name: "no drift: comments on our issue and closes it",
      open: [issue(4, "<!-- wxbl:drift account=shop -->\nB"), issue(6, "<!-- wxbl:drift -->\n")],
      drifted: false,
      account: "shop",
      writes: ["comment 4", "close 4"],
    },
    {
      name: "no drift, no issue: nothing",
      open: [],
      drifted: false,
      account: undefined,
      writes: [],
    },
  ])("$name", async ({ open, drifted, account, writes }) => {
    const github = fakeGitHub(open);
    await syncDriftIssue(github.port, { drifted, account, ...text });
    expect(github.writes).toEqual(writes);
  });
});
