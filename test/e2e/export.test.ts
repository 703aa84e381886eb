import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishedSchemaUrl, renderExport, yamlScalar } from "../../src/desired/render-export.js";
import { loadDesired } from "../../src/desired/load-desired.js";
import { makePlan } from "../../src/reconcile/plan.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { envFor, NOW, PATH, stableToken, wxbl as runWxbl } from "./run-wxbl.js";

let dir: string;
let sandbox: Sandbox | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wxbl-export-"));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI in the test's folder, at the shared clock NOW (2026-06-01T08:30:00.000Z). */
const wxbl = (args: string[], env: NodeJS.ProcessEnv) => runWxbl(args, { cwd: dir, env, now: NOW });

const usersOf = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.startsWith("  - "))
    .map((line) => line.slice(4));

describe("wxbl export", () => {
  it("writes the live list to stdout, sorted, with the header, appid and prune", async () => {
    sandbox = await startSandbox({ pageSize: 1000, followers: 2600, blocked: 2500, seed: 9 });
    const { code, stdout, stderr } = await wxbl(["export"], envFor(sandbox));
    expect(code).toBe(0);
    const live = sandbox.state().blacklist;
    const lines = stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      `# Exported from WeChat account ${sandbox.appid} on 2026-06-01T08:30:00.000Z by wxbl export`,
      `# yaml-language-server: $schema=${publishedSchemaUrl()}`,
      "version: 1",
      `appid: ${sandbox.appid}`,
      "prune: true",
    ]);
    expect(lines[5]).toBe("users:");
    expect(usersOf(stdout)).toEqual([...live].sort());
    expect(stdout.endsWith("\n")).toBe(true);
    // 2,500 ids at 1,000 a page: 3 pages plus at most the empty terminal one
    expect(sandbox.state().counts[PATH.getblacklist]).toBeLessThanOrEqual(4);
    expect(stderr).toMatch(/Exported 2,500 blocked openids/);
    expect(stderr).not.toContain(sandbox.secret);
  });

  it("writes --out atomically; the file loads with no diagnostics and plans no change", async () => {
    sandbox = await startSandbox({ pageSize: 7, followers: 40, blocked: 30, seed: 2 });
    const { code, stdout } = await wxbl(["export", "--out", "blacklist.yaml"], envFor(sandbox));
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readdirSync(dir)).toEqual(["blacklist.yaml"]);
    const text = readFileSync(join(dir, "blacklist.yaml"), "utf8");
    expect(usersOf(text)).toEqual([...sandbox.state().blacklist].sort());
    const loaded = await loadDesired("blacklist.yaml", { text, now: NOW });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.state?.appid).toBe(sandbox.appid);
    expect(loaded.state?.prune).toBe(true);
    expect(loaded.state?.users.map((u) => u.openid)).toEqual([...sandbox.state().blacklist].sort());
    const plan = makePlan({
      desired: loaded.state!,
      live: sandbox.state().blacklist,
      now: NOW,
      appid: sandbox.appid,
    });
    expect(plan.changes).toEqual([]);
    expect(plan.summary).toMatchObject({ block: 0, unblock: 0, unchanged: 30 });
  });

  it("with only WECHAT_ACCESS_TOKEN warns that the appid cannot be checked and omits it", async () => {
    sandbox = await startSandbox({ followers: 3, blocked: 2, seed: 4 });
    const token = await stableToken(sandbox);
    const { code, stdout, stderr } = await wxbl(["export"], {
      WECHAT_API_BASE: sandbox.url,
      WECHAT_ACCESS_TOKEN: token,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Exported from WeChat account \(appid unknown: token given\) on /);
    expect(stdout).not.toMatch(/^appid:/m);
    expect(stderr).toMatch(/appid cannot be checked/);
    expect(stdout + stderr).not.toContain(token);
  });

  it("--quiet keeps stderr empty", async () => {
    sandbox = await startSandbox({ followers: 3, blocked: 2, seed: 4 });
    const { code, stderr } = await wxbl(["export", "--quiet"], envFor(sandbox));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("an empty blacklist exports users: []", async () => {
    sandbox = await startSandbox({ followers: 3, blocked: 0, seed: 4 });
    const { code, stdout } = await wxbl(["export"], envFor(sandbox));
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nprune: true\nusers: \[\]\n$/);
  });

  it.each([
    ["no variables", {}],
    ["an appid without a secret", { WECHAT_APPID: "wx0123456789abcdef" }],
  ])("with %s exits 3 naming the variables", async (_name, env) => {
    const { code, stdout, stderr } = await wxbl(["export"], env);
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/WECHAT_ACCESS_TOKEN.*WECHAT_APPID and WECHAT_APPSECRET/);
  });

  it("a WeChat failure exits 1 with the explanation and writes no file", async () => {
    sandbox = await startSandbox({ seed: 4 });
    const { code, stderr } = await wxbl(["export", "--out", "b.yaml"], {
      ...envFor(sandbox),
      WECHAT_APPSECRET: "wrong-secret-0000000",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/40125.*WECHAT_APPSECRET/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("renderExport", () => {
  it("sorts in code-unit order, never case-folded", () => {
    const text = renderExport({ openids: ["ob", "oB", "_a", "oa"], appid: undefined, now: NOW });
    expect(usersOf(text)).toEqual(["_a", "oB", "oa", "ob"]);
  });

  it("builds a 100,000-entry file with one line per id", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `o${String(i).padStart(27, "0")}`);
    const text = renderExport({ openids: ids, appid: "wx0123456789abcdef", now: NOW });
    expect(text.length).toBe(100_000 * 33 + text.indexOf("users:\n") + 7);
  });
});

describe("yamlScalar", () => {
  it.each([
    ["o6_bmjrPTlm6_2sgVt7hMZOPfL2M", "o6_bmjrPTlm6_2sgVt7hMZOPfL2M"],
    ["_x-1", "_x-1"],
    ["-a", "-a"],
    ["123", '"123"'],
    ["1e5", '"1e5"'],
    ["0x1F", '"0x1F"'],
    ["-", '"-"'],
    ["1_000", '"1_000"'],
    ["true", '"true"'],
    ["Null", '"Null"'],
    ["yes", '"yes"'],
    ["has space", '"has space"'],
  ])("%s is written as %s", (value, expected) => {
    expect(yamlScalar(value)).toBe(expected);
  });
});
