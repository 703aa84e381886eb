import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  desiredFile,
  envFor,
  openids,
  readText,
  stableToken,
  tempDir,
  wxbl,
  writeText,
} from "./run-wxbl.js";

/**
 * SPEC 12: validate's diagnostics (text, markdown, annotations, summary), the plan/apply listing
 * of an invalid file, fmt's, export's and sandbox's lines follow the language chosen by --lang or
 * the locale; JSON, exit codes, file:line:column and ids never change with it.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/desired", import.meta.url));
const NOW = new Date("2026-06-01T00:00:00Z");

const validate = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  wxbl(["validate", "--file", "malformed.yaml", ...args], { cwd: fixtures, env, now: NOW });

const CHINESE = {
  text: [
    'malformed.yaml:4:5: 错误：openid 12345 被 YAML 读成了数字；请给它加上引号："12345"',
    "malformed.yaml:5:5: 错误：openid o6_bmjrPTlm6_2sgVt7hMZOPfL2M 重复了：在第 3 行和第 5 行；只保留一个（wxbl fmt 会合并完全相同的条目）",
    'malformed.yaml:6:5: 警告：openid "short" 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了',
    "",
  ].join("\n"),
  markdown: [
    '- **错误** `malformed.yaml:4:5`：openid 12345 被 YAML 读成了数字；请给它加上引号："12345"',
    "- **错误** `malformed.yaml:5:5`：openid o6_bmjrPTlm6_2sgVt7hMZOPfL2M 重复了：在第 3 行和第 5 行；只保留一个（wxbl fmt 会合并完全相同的条目）",
    '- **警告** `malformed.yaml:6:5`：openid "short" 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了',
    "",
  ].join("\n"),
  annotations: [
    '::error file=malformed.yaml,line=4,col=5::openid 12345 被 YAML 读成了数字；请给它加上引号："12345"',
    "::error file=malformed.yaml,line=5,col=5::openid o6_bmjrPTlm6_2sgVt7hMZOPfL2M 重复了：在第 3 行和第 5 行；只保留一个（wxbl fmt 会合并完全相同的条目）",
    '::warning file=malformed.yaml,line=6,col=5::openid "short" 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了',
  ],
  summary: "malformed.yaml：2 个错误，1 个警告，名单共 4 个用户\n",
};

const CHOSEN_CHINESE = [
  { way: "--lang zh-CN", flags: ["--lang", "zh-CN"], env: {} },
  { way: "LANG=zh_CN.UTF-8", flags: [], env: { LANG: "zh_CN.UTF-8" } },
  { way: "WXBL_LANG=zh-CN over LANG=C", flags: [], env: { WXBL_LANG: "zh-CN", LANG: "C" } },
];

describe.each(CHOSEN_CHINESE)("wxbl validate in Chinese, chosen by $way", ({ flags, env }) => {
  it("prints the diagnostics as text on stdout and the summary on stderr, exit 3", async () => {
    expect(await validate(flags, env)).toEqual({
      code: 3,
      stdout: CHINESE.text,
      stderr: CHINESE.summary,
    });
  });

  it("prints them as markdown", async () => {
    expect(await validate(["--format", "markdown", ...flags], env)).toEqual({
      code: 3,
      stdout: CHINESE.markdown,
      stderr: CHINESE.summary,
    });
  });

  it("prints GitHub annotations in Chinese under GITHUB_ACTIONS=true (on stderr)", async () => {
    const run = await validate(flags, { ...env, GITHUB_ACTIONS: "true" });
    expect(run.stdout).not.toContain("::");
    const annotations = run.stderr.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toEqual(CHINESE.annotations);
  });

  it("says a file with no problem has none", async () => {
    const run = await wxbl(["validate", "--file", "valid.yaml", "--format", "markdown", ...flags], {
      cwd: fixtures,
      env,
      now: NOW,
    });
    expect(run).toEqual({
      code: 0,
      stdout: "`valid.yaml` 没有发现问题。\n",
      stderr: "valid.yaml：0 个错误，0 个警告，名单共 2 个用户\n",
    });
  });

  it("names an unreadable file and the fix, exit 3", async () => {
    const run = await wxbl(["validate", "--file", "missing.yaml", ...flags], {
      cwd: fixtures,
      env,
    });
    expect(run).toEqual({
      code: 3,
      stdout: "",
      stderr:
        "wxbl：无法读取 missing.yaml：文件不存在；请先创建它（见 README），或者用 --file 指定另一个文件\n",
    });
  });
});

describe("wxbl validate --format json is the same bytes in every language", () => {
  it.each(["malformed.yaml", "valid.yaml", "tabs.yaml", "binary.yaml"])("%s", async (file) => {
    const json = (flags: string[], env: NodeJS.ProcessEnv = {}) =>
      wxbl(["validate", "--file", file, "--format", "json", ...flags], {
        cwd: fixtures,
        env,
        now: NOW,
      });
    const english = await json([]);
    const chinese = await json(["--lang", "zh-CN"]);
    const byLocale = await json([], { LANG: "zh_CN.UTF-8" });
    expect(chinese.stdout).toBe(english.stdout);
    expect(byLocale.stdout).toBe(english.stdout);
    expect(chinese.code).toBe(english.code);
    // English sentences in the JSON, with no field the language would add.
    for (const d of JSON.parse(english.stdout).diagnostics) {
      expect(Object.keys(d).slice(0, 5)).toEqual(["file", "line", "column", "severity", "message"]);
      expect(Object.keys(d).slice(5)).toEqual(d.rule === undefined ? [] : ["rule"]);
      expect(d.message).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("wxbl validate as a child process with a Chinese locale", () => {
  beforeAll(() => {
    if (!existsSync(`${root}/dist/cli/main.js`)) {
      spawnSync(
        process.execPath,
        [`${root}/node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"],
        {
          cwd: root,
        },
      );
    }
  });

  it("reads LANG from the real environment", () => {
    const child = spawnSync(
      process.execPath,
      [`${root}/bin/wxbl.js`, "validate", "--file", `${fixtures}/empty.yaml`],
      { encoding: "utf8", env: { PATH: process.env.PATH, LANG: "zh_CN.UTF-8" } },
    );
    expect(child.status).toBe(3);
    expect(child.stdout).toBe(
      `${fixtures}/empty.yaml:1:1: 错误：文件是空的；请以 'version: 1' 和 'users:' 列表开头\n`,
    );
    expect(child.stderr).toBe(`${fixtures}/empty.yaml：1 个错误，0 个警告，名单共 0 个用户\n`);
  });

  it("prints the sandbox's lines in Chinese; the variables to paste stay as they are", async () => {
    const child = spawn(process.execPath, [`${root}/bin/wxbl.js`, "sandbox", "--lang", "zh-CN"], {
      env: { PATH: process.env.PATH },
    });
    const lines: string[] = [];
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line);
      if (line.startsWith("#")) break;
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.slice(0, 3).map((line) => line.split("=")[0])).toEqual([
      "WECHAT_API_BASE",
      "WECHAT_APPID",
      "WECHAT_APPSECRET",
    ]);
    expect(lines[3]).toMatch(
      /^# wxbl sandbox：0 个粉丝，其中 0 个已拉黑，每页 10,000 个 id（\d+ 毫秒就绪）。按 Ctrl-C 停止。$/,
    );
    expect(stderr).toBe("wxbl sandbox：已停止\n");
  });
});

describe("the other commands' notes and listings in Chinese", () => {
  const kept = openids("Kept", 3);
  let dir: string;
  let remove: () => void;
  let sandbox: Sandbox;

  beforeEach(async () => {
    ({ dir, remove } = tempDir("wxbl-lang-"));
    sandbox = await startSandbox({ seed: 3, state: { followers: kept, blacklist: kept } });
  });
  afterEach(async () => {
    await sandbox.close();
    remove();
  });

  it.each(["plan", "apply"])(
    "%s lists an invalid file's errors in Chinese and changes nothing, exit 3",
    async (command) => {
      writeText(dir, "blacklist.yaml", `version: 1\nusers:\n  - ${kept[0]}\n  - 12345\n`);
      const args = command === "plan" ? ["plan"] : ["apply", "--yes"];
      const run = await wxbl([...args, "--lang", "zh-CN"], { cwd: dir, env: envFor(sandbox) });
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(
        "wxbl：blacklist.yaml 有问题（1 个错误），没有生成计划，也没有做任何改动：\n" +
          'blacklist.yaml:4:5: 错误：openid 12345 被 YAML 读成了数字；请给它加上引号："12345"\n' +
          "请先修正文件（wxbl validate --file blacklist.yaml 会列出同样的问题），然后再运行。\n",
      );
      expect(sandbox.state().blacklist).toEqual(kept);
    },
  );

  it("plan prints the file's warnings in Chinese on stderr", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, "short"] }).text);
    const run = await wxbl(["plan", "--lang", "zh-CN", "--format", "json"], {
      cwd: dir,
      env: envFor(sandbox),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'blacklist.yaml:9:5: 警告：openid "short" 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了\n',
    );
  });

  it("fmt says what it merged and that it formatted the file", async () => {
    const [a, b] = kept as [string, string];
    writeText(dir, "blacklist.yaml", `version: 1\nusers:\n  - ${b}\n  - ${a}\n  - ${b}\n`);
    const run = await wxbl(["fmt", "--lang", "zh-CN"], { cwd: dir, env: {} });
    expect(run).toEqual({
      code: 0,
      stdout: "",
      stderr:
        `blacklist.yaml：合并了 ${b} 在第 3 行和第 5 行的两个相同条目\n` +
        "blacklist.yaml：已格式化\n",
    });
    expect(readText(dir, "blacklist.yaml")).toBe(`version: 1\nusers:\n  - ${a}\n  - ${b}\n`);
  });

  it("fmt --check names an unformatted file and the command to run, exit 1", async () => {
    const [a, b] = kept as [string, string];
    writeText(dir, "blacklist.yaml", `version: 1\nusers:\n  - ${b}\n  - ${a}\n`);
    const run = await wxbl(["fmt", "--check"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "blacklist.yaml 没有按规范格式排列；请运行：wxbl fmt --file blacklist.yaml\n",
    });
  });

  it("export with only a token warns in Chinese; the exported file does not change with the language", async () => {
    const env = { WECHAT_API_BASE: sandbox.url, WECHAT_ACCESS_TOKEN: await stableToken(sandbox) };
    const english = await wxbl(["export"], { cwd: dir, env, now: NOW });
    const chinese = await wxbl(["export", "--lang", "zh-CN"], { cwd: dir, env, now: NOW });
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toBe(english.stdout);
    expect(chinese.stderr).toBe(
      "警告：只设置了 WECHAT_ACCESS_TOKEN，所以无法核对公众号的 appid，也不会把它写进文件\n" +
        "已导出 3 个被拉黑的 openid（读取了 2 页）。\n",
    );
  });
});
