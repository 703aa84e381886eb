import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  callCounts,
  desiredFile,
  envFor,
  openids,
  readText,
  schemaValidator,
  tempDir,
  wxbl,
  writeText,
  type RunOptions,
} from "./run-wxbl.js";

const validatePlan = schemaValidator("plan.schema.json");
const ESC = "\u001b[";

// The account: 30 blocked (10 of them not in the file), 20 followers to block.
const kept = openids("Kept", 20);
const stray = openids("Stray", 10);
const toBlock = openids("New", 20);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;
let run: (args: string[], extra?: Partial<RunOptions>) => ReturnType<typeof wxbl>;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-plan-"));
  sandbox = await startSandbox({
    seed: 5,
    pageSize: 7,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
  run = (args, extra = {}) =>
    wxbl(args, { cwd: dir, env: { ...envFor(sandbox), ...extra.env }, ...extra });
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

describe("wxbl plan: what it prints", () => {
  it("prints one line per change and the totals on stdout, nothing of the plan on stderr", async () => {
    const { code, stdout, stderr } = await run(["plan"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("+ block "))).toHaveLength(20);
    expect(lines.filter((l) => l.startsWith("- unblock "))).toHaveLength(10);
    expect(stdout).toContain("Plan: 20 to block, 10 to unblock, 20 unchanged.");
    const { lineOf } = desiredFile({ users: [...kept, ...toBlock] });
    expect(stdout).toContain(
      `+ block   ${toBlock[0]}  (blacklist.yaml:${lineOf.get(toBlock[0]!)})`,
    );
    expect(stderr).not.toMatch(/block|Plan:/);
    expect(callCounts(sandbox)).toMatchObject({ block: 0, unblock: 0 });
  });

  it("reads the minimum pages: ceil(30/7) = 5 plus at most one empty terminal page", async () => {
    await run(["plan"]);
    const { getblacklist } = callCounts(sandbox);
    expect(getblacklist).toBeGreaterThanOrEqual(5);
    expect(getblacklist).toBeLessThanOrEqual(6);
  });

  it("--format json is one parseable plan on stdout that the schema accepts", async () => {
    const { code, stdout } = await run(["plan", "--format", "json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { summary: object; fingerprint: { appid: string } };
    expect(validatePlan(plan)).toEqual([]);
    expect(plan.summary).toEqual({
      block: 20,
      unblock: 10,
      unchanged: 20,
      unmanaged: 0,
      live: 30,
      desired: 40,
    });
    expect(plan.fingerprint.appid).toBe(sandbox.appid);
  });

  it("--format markdown prints the markdown (summary table, changes in <details>)", async () => {
    const { code, stdout } = await run(["plan", "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\|/);
    expect(stdout).toContain("<details>");
    expect(stdout).toContain(toBlock[0]);
  });

  it("--out saves the same JSON that --format json prints, and stdout keeps the text", async () => {
    const saved = await run(["plan", "--out", "plan.json"]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain("Plan: 20 to block");
    const json = await run(["plan", "--format", "json"]);
    expect(readText(dir, "plan.json")).toBe(json.stdout);
  });

  it("--out into a folder that does not exist is exit 3 naming the path", async () => {
    const { code, stderr } = await run(["plan", "--out", "no/such/folder/plan.json"]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/cannot write the plan to no\/such\/folder\/plan\.json: ENOENT/);
  });

  it("cuts each action's list after 100 lines; --full shows all", async () => {
    const many = openids("Many", 150);
    sandbox.addFollowers(many);
    writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...many] }).text);
    const cut = await run(["plan"]);
    expect(cut.stdout.split("\n").filter((l) => l.startsWith("+ block "))).toHaveLength(100);
    expect(cut.stdout).toContain("… and 50 more to block (--full shows all)");
    const full = await run(["plan", "--full"]);
    expect(full.stdout.split("\n").filter((l) => l.startsWith("+ block "))).toHaveLength(150);
    expect(full.stdout).not.toContain("more to block");
  });

  it.each([
    ["a terminal", {}, [], true],
    ["a terminal with NO_COLOR", { NO_COLOR: "1" }, [], false],
    ["a terminal with --no-color", {}, ["--no-color"], false],
  ])("on %s colours are %s", async (_name, env, flags, coloured) => {
    const { stdout } = await run(["plan", ...flags], {
      stdoutIsTTY: true,
      env: { ...envFor(sandbox), ...env },
    });
    expect(stdout.includes(ESC)).toBe(coloured);
  });

  it("never colours a pipe", async () => {
    const { stdout } = await run(["plan"], { stdoutIsTTY: false });
    expect(stdout).not.toContain(ESC);
  });
});

describe("wxbl plan: exit codes", () => {
  it.each([
    ["changes pending, no flag", [], "changes", 0],
    ["changes pending, --detailed-exitcode", ["--detailed-exitcode"], "changes", 2],
    ["no changes, --detailed-exitcode", ["--detailed-exitcode"], "none", 0],
    ["no changes, no flag", [], "none", 0],
  ] as const)("%s: exit %i", async (_name, flags, state, exitCode) => {
    if (state === "none")
      writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...stray] }).text);
    const { code, stdout } = await run(["plan", ...flags]);
    expect(code).toBe(exitCode);
    if (state === "none") expect(stdout).toContain("No changes. The live blacklist matches");
  });

  it("a tripped guard is shown, and plan still exits as usual (2 with --detailed-exitcode)", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users: kept, guard: { max_unblock: 5 } }).text);
    const { code, stdout } = await run(["plan", "--detailed-exitcode", "--format", "json"]);
    expect(code).toBe(2);
    const plan = JSON.parse(stdout) as { guard: { tripped: boolean; reasons: string[] } };
    expect(plan.guard.tripped).toBe(true);
    expect(plan.guard.reasons.join()).toMatch(/10 of 30 live entries .* over the guard of 5/);
  });

  it.each([
    ["an invalid file", ["plan"], {}, /blacklist\.yaml:3:\d+/],
    ["a missing file", ["plan", "--file", "missing.yaml"], {}, /missing\.yaml/],
    [
      "missing credentials",
      ["plan"],
      { WECHAT_APPID: undefined, WECHAT_APPSECRET: undefined },
      /WECHAT_ACCESS_TOKEN/,
    ],
  ])("%s is exit 3 with nothing on stdout", async (_name, args, env, message) => {
    writeText(dir, "blacklist.yaml", "version: 1\nusers:\n  - openid: bad id\n");
    const { code, stdout, stderr } = await run(args, { env: { ...envFor(sandbox), ...env } });
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("an invalid file with many problems lists the errors first, 50 in all, and counts the rest", async () => {
    const users = Array.from({ length: 60 }, (_, i) => `  - openid: bad id ${i}`);
    const warned = Array.from({ length: 5 }, (_, i) => `  - short${i}`);
    writeText(dir, "blacklist.yaml", `version: 1\nusers:\n${[...warned, ...users].join("\n")}\n`);
    const { code, stderr } = await run(["plan"]);
    expect(code).toBe(3);
    const listed = stderr.split("\n").filter((line) => line.startsWith("blacklist.yaml:"));
    expect(listed).toHaveLength(50);
    expect(listed.every((line) => line.includes(": error: "))).toBe(true);
    expect(stderr).toContain("… and 15 more (wxbl validate --file blacklist.yaml lists them all)");
    expect(stderr).toMatch(/not valid \(60 errors\)/);
  });

  it("an appid in the file that differs from WECHAT_APPID is exit 4 naming both", async () => {
    writeText(
      dir,
      "blacklist.yaml",
      desiredFile({ users: kept, appid: "wx0000000000000000" }).text,
    );
    const { code, stdout, stderr } = await run(["plan"]);
    expect(code).toBe(4);
    expect(stdout).toBe("");
    expect(stderr).toContain("wx0000000000000000");
    expect(stderr).toContain(sandbox.appid);
  });

  it("a WeChat failure (a rejected secret) is exit 1 with the explanation", async () => {
    const { code, stdout, stderr } = await run(["plan"], {
      env: { ...envFor(sandbox), WECHAT_APPSECRET: "0123456789abcdef0123456789abcdef" },
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/40125/);
  });
});

describe("wxbl plan in GitHub Actions", () => {
  it("appends the same markdown to GITHUB_STEP_SUMMARY, whatever --format prints", async () => {
    const summary = join(dir, "summary.md");
    writeText(dir, "summary.md", "earlier step\n");
    const env = { ...envFor(sandbox), GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary };
    const text = await run(["plan"], { env });
    expect(text.stdout).toContain("Plan: 20 to block");
    const markdown = await run(["plan", "--format", "markdown"], { env: { ...envFor(sandbox) } });
    expect(readFileSync(summary, "utf8")).toBe(`earlier step\n${markdown.stdout}\n`);
  });

  it("without GITHUB_STEP_SUMMARY writes no summary file", async () => {
    await run(["plan"]);
    expect(existsSync(join(dir, "summary.md"))).toBe(false);
  });
});
