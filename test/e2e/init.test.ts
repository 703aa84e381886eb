import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { generateOpenids } from "../../src/sandbox/generate-openids.js";
import { scaffoldFiles } from "../../src/scaffold/scaffold-files.js";
import { WORKFLOW_SECRETS } from "../../src/scaffold/workflow-parts.js";
import { wxblVersion } from "../../src/version.js";
import { envFor, tempDir, wxbl } from "./run-wxbl.js";
import { gitIn } from "../support/git-repo.js";

let dir: string;
let remove: () => void;
let sandbox: Sandbox | undefined;
beforeEach(() => {
  ({ dir, remove } = tempDir("wxbl-init-"));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  remove();
});

const PATHS = [
  "blacklist.yaml",
  ".github/workflows/wxbl-plan.yml",
  ".github/workflows/wxbl-apply.yml",
  ".github/workflows/wxbl-drift.yml",
];
const git = gitIn(() => dir);
const read = (path: string) => readFileSync(join(dir, path), "utf8");
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => wxbl(args, { cwd: dir, env });

describe("wxbl init", () => {
  it("in an empty git repository: writes the four files, validates, and a second run changes nothing", async () => {
    git("init", "-q", "-b", "main");
    const first = await run(["init"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const expected = scaffoldFiles({ version: wxblVersion(), lang: "en" });
    for (const file of expected) expect(read(file.path), file.path).toBe(file.text);
    expect(first.stdout).toContain("wrote      blacklist.yaml (no users yet, with examples)");
    for (const path of PATHS.slice(1)) expect(first.stdout).toContain(`wrote      ${path}`);
    for (const secret of WORKFLOW_SECRETS) expect(first.stdout).toContain(secret);
    expect(first.stdout).toMatch(/Next steps:\n {2}1\. the account already has a blacklist\?/);
    expect(first.stdout).toContain("open a pull request that changes blacklist.yaml");
    expect(first.stdout).not.toContain("git init");
    expect(read(".github/workflows/wxbl-plan.yml")).toContain(`uses: wxbl/wxbl@v${wxblVersion()}`);

    const validate = await run(["validate"]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toBe("");

    git("add", "-A");
    git("commit", "-q", "-m", "init");
    const times = PATHS.map((path) => statSync(join(dir, path)).mtimeMs);
    const second = await run(["init"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Nothing changed: every file is already there.");
    for (const path of PATHS) expect(second.stdout).toContain(`unchanged  ${path}`);
    expect(git("status", "--porcelain")).toBe("");
    expect(PATHS.map((path) => statSync(join(dir, path)).mtimeMs)).toEqual(times);
  });

  it("keeps files that are there (listing them) and replaces them only with --force", async () => {
    const own = "version: 1\nusers:\n  - oDF3iY9WKs7Jx-4vHq2pZc0aNtLm\n";
    writeFileSync(join(dir, "blacklist.yaml"), own);
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    writeFileSync(join(dir, ".github/workflows/wxbl-plan.yml"), "# our own\n");

    const unknownFlag = await run(["init", "--overwrite"]);
    expect(unknownFlag.code).toBe(3); // exit 3, nothing written
    const keep = await run(["init"]);
    expect(keep.code).toBe(0);
    expect(keep.stdout).toContain(
      "kept       blacklist.yaml (already there and different; --force replaces it)",
    );
    expect(keep.stdout).toContain("kept       .github/workflows/wxbl-plan.yml");
    expect(keep.stdout).toContain("wrote      .github/workflows/wxbl-apply.yml");
    expect(keep.stdout).not.toContain("the account already has a blacklist?");
    expect(keep.stdout).toMatch(/ {2}1\. git init/); // not a git repository
    expect(read("blacklist.yaml")).toBe(own);
    expect(read(".github/workflows/wxbl-plan.yml")).toBe("# our own\n");

    const forced = await run(["init", "--force", "--format", "json"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual({
      written: ["blacklist.yaml", ".github/workflows/wxbl-plan.yml"],
      kept: [],
      unchanged: [".github/workflows/wxbl-apply.yml", ".github/workflows/wxbl-drift.yml"],
    });
    expect(read("blacklist.yaml")).not.toBe(own);
  });

  it("--dir writes into another folder, created if missing", async () => {
    const result = await run(["init", "--dir", "config/blacklist"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wxbl init in config/blacklist:");
    for (const path of PATHS)
      expect(read(join("config/blacklist", path)).length).toBeGreaterThan(0);
  });

  it("with credentials set, blacklist.yaml is the live list as export writes it; nothing to plan", async () => {
    const followers = generateOpenids(12, 3);
    sandbox = await startSandbox({
      seed: 3,
      state: { followers, blacklist: followers.slice(0, 7) },
    });
    const result = await run(["init"], envFor(sandbox));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote      blacklist.yaml (the live blacklist, 7 entries)");
    const text = read("blacklist.yaml");
    expect(text).toContain(`appid: ${sandbox.appid}`);
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/cdn\.jsdelivr\.net\/npm\/wxbl@\d+\//m,
    );
    const plan = await run(["plan", "--detailed-exitcode"], envFor(sandbox));
    expect(plan.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(sandbox.secret);
  });

  it("half the credentials is exit 3 and writes nothing", async () => {
    const result = await run(["init"], { WECHAT_APPID: "wx0123456789abcdef" });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/WECHAT_APPSECRET is not set/);
    expect(() => read("blacklist.yaml")).toThrow();
  });

  it("speaks Chinese with --lang zh-CN (the files stay the same)", async () => {
    const result = await run(["init", "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("已写入    blacklist.yaml（暂无用户，附有示例）");
    expect(result.stdout).toContain("接下来：");
    expect(read(".github/workflows/wxbl-plan.yml")).toContain("lang: zh-CN");
  });
});
