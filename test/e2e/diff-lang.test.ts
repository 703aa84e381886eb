import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wxbl as runWxbl } from "./run-wxbl.js";

/** `wxbl diff` in both languages (SPEC 12), chosen by --lang and by the locale. */

const id = (n: number) => `oDF3iY${String(n).padStart(22, "0")}`;

let repo: string;

function git(...args: string[]): void {
  execFileSync("git", args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
}

const wxbl = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runWxbl(args, { cwd: repo, env, now: new Date("2026-06-01T00:00:00Z") });

/** The base: 24 entries, one with a reason, on lines 4..; the change removes 8 and more. */
const base = [
  "version: 1",
  "appid: wx0123456789abcdef",
  "users:",
  `  - openid: ${id(0)}`,
  "    reason: spam",
  ...Array.from({ length: 23 }, (_, i) => `  - ${id(i + 1)}`),
].join("\n");
const next = [
  "version: 1",
  "appid: wxfedcba9876543210",
  "prune: false",
  "users:",
  `  - openid: ${id(0)}`,
  "    reason: spam links (#142)",
  ...Array.from({ length: 15 }, (_, i) => `  - ${id(i + 1)}`),
  `  - openid: ${id(99)}`,
  "    reason: cool-off",
  "    expires: 2026-07-01",
].join("\n");

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "wxbl-diff-lang-"));
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "blacklist.yaml"), `${base}\n`);
  git("add", "blacklist.yaml");
  git("commit", "-q", "-m", "base");
  writeFileSync(join(repo, "blacklist.yaml"), `${next}\n`);
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("wxbl diff in Chinese", () => {
  it("--lang zh-CN: entries, settings, warnings and the summary in Chinese", async () => {
    const { code, stdout } = await wxbl(["diff", "--base", "main", "--lang", "zh-CN"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`+ ${id(99)}  第 22 行  拉黑原因："cool-off"；到期：2026-07-01`);
    expect(stdout).toContain(
      `~ ${id(0)}  第 5 行（原第 4 行）  拉黑原因："spam" -> "spam links (#142)"`,
    );
    expect(stdout).toContain(`- ${id(16)}  （原第 21 行）`);
    expect(stdout).toContain("~ prune: true -> false");
    expect(stdout).toContain(
      "警告：这次修改删除了 8 条（共 24 条，占 33.3%），超过文件的 25%；在 prune: false 下，这些用户在线上仍保持拉黑，但不再受管理",
    );
    expect(stdout).toContain("警告：prune 已关闭");
    expect(stdout).toContain(
      "警告：appid 从 wx0123456789abcdef 改为 wxfedcba9876543210：此文件现在针对的是另一个公众号",
    );
    expect(stdout).toContain(
      "对比：新增 1 条，修改 1 条，删除 8 条，15 条未变（条目数 24 -> 17）。",
    );
    expect(stdout).not.toMatch(/\b(Warning|added|removed|changed|line|reason|expires)\b/);
  });

  it("LANG=zh_CN.UTF-8 gives the same, and --lang en wins over it", async () => {
    const flag = await wxbl(["diff", "--base", "main", "--lang", "zh-CN"]);
    const locale = await wxbl(["diff", "--base", "main"], { LANG: "zh_CN.UTF-8" });
    expect(locale.stdout).toBe(flag.stdout);
    const english = await wxbl(["diff", "--base", "main"]);
    expect(english.stdout).toContain(
      "Diff: 1 added, 1 changed, 8 removed, 15 unchanged (24 -> 17 entries).",
    );
    expect(english.stdout).toContain("Warning: prune turned off");
    const overridden = await wxbl(["diff", "--base", "main", "--lang", "en"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(overridden.stdout).toBe(english.stdout);
  });

  it("--format markdown in Chinese: heading, tables, warnings and settings", async () => {
    const { stdout } = await wxbl(["diff", "--base", "main", "--format", "markdown"], {
      LC_ALL: "zh_CN.UTF-8",
    });
    expect(stdout).toContain("### wxbl diff：`blacklist.yaml` 相对 `main` 的变化");
    expect(stdout).toContain("| 新增 | 修改 | 删除 | 未变 | 修改前条数 | 修改后条数 |");
    expect(stdout).toContain("| 1 | 1 | 8 | 15 | 24 | 17 |");
    expect(stdout).toContain("> [!WARNING]\n> - 这次修改删除了 8 条");
    expect(stdout).toContain(
      "**设置有变化：** `appid` `wx0123456789abcdef` → `wxfedcba9876543210`",
    );
    expect(stdout).toContain("<details><summary>条目（10）</summary>");
    expect(stdout).toContain(`| ➕ 新增 | \`${id(99)}\` | 22 | cool-off | 2026-07-01 |`);
    expect(stdout).toContain(
      `| ✏️ 修改 | \`${id(0)}\` | 5 (原第 4 行) | ~~spam~~ → spam links (#142) |  |`,
    );
    expect(stdout).toContain(`| ➖ 删除 | \`${id(16)}\` | 原第 21 行 |  |  |`);
  });

  it("a file new at the base revision says so in Chinese, in text and on stderr with JSON", async () => {
    writeFileSync(join(repo, "other.yaml"), `version: 1\nusers:\n  - ${id(1)}\n`);
    const text = await wxbl(["diff", "--base", "main", "--file", "other.yaml", "--lang", "zh-CN"]);
    expect(text.stdout).toContain("提示：main 版本里还没有 other.yaml；所有条目都算作新增。");
    const json = await wxbl([
      "diff",
      "--base",
      "main",
      "--file",
      "other.yaml",
      "--format",
      "json",
      "--lang",
      "zh-CN",
    ]);
    expect(json.stderr).toBe("wxbl：提示：main 版本里还没有 other.yaml；所有条目都算作新增。\n");
    expect(JSON.parse(json.stdout)).toMatchObject({ base_missing: true });
  });
});

describe("wxbl diff JSON never changes with the language", () => {
  it("is byte-identical in English, by --lang zh-CN and by LANG, warnings in English", async () => {
    const english = await wxbl(["diff", "--base", "main", "--format", "json"]);
    const flag = await wxbl(["diff", "--base", "main", "--format", "json", "--lang", "zh-CN"]);
    const locale = await wxbl(["diff", "--base", "main", "--format", "json"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(flag.stdout).toBe(english.stdout);
    expect(locale.stdout).toBe(english.stdout);
    const diff = JSON.parse(english.stdout) as { warnings: string[] };
    expect(Object.keys(diff)).toEqual([
      "format",
      "file",
      "base",
      "base_missing",
      "summary",
      "settings",
      "entries",
      "warnings",
    ]);
    expect(diff.warnings).toContain(
      "appid changed from wx0123456789abcdef to wxfedcba9876543210: this file now targets another account",
    );
  });
});
