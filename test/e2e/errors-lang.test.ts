import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  blockByHand,
  callCounts,
  desiredFile,
  envFor,
  openids,
  tempDir,
  wxbl,
  writeText,
} from "./run-wxbl.js";

/**
 * SPEC 12: errors and refusals on stderr follow the language (--lang, else WXBL_LANG, LC_ALL,
 * LC_MESSAGES, LANG); exit codes, file:line:column, ids and flags do not change with it.
 */

const kept = openids("Kept", 4);
const stray = openids("Stray", 3);
const toBlock = openids("New", 5);
const strangers = openids("Unknown", 2);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-errors-lang-"));
  sandbox = await startSandbox({
    seed: 5,
    pageSize: 3,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

/** The three ways of choosing a language, and the language each one gives. */
const WAYS = [
  { way: "no flag, no locale", lang: "en", flags: [], env: {} },
  { way: "--lang zh-CN", lang: "zh-CN", flags: ["--lang", "zh-CN"], env: {} },
  { way: "LANG=zh_CN.UTF-8", lang: "zh-CN", flags: [], env: { LANG: "zh_CN.UTF-8" } },
  {
    way: "--lang en over LANG=zh_CN.UTF-8",
    lang: "en",
    flags: ["--lang", "en"],
    env: { LANG: "zh_CN.UTF-8" },
  },
] as const;

interface Case {
  name: string;
  args: string[];
  /** Credentials for the sandbox account unless false; extra variables on top. */
  credentials?: boolean;
  env?: NodeJS.ProcessEnv;
  before?: () => Promise<void> | void;
  code: number;
  en: string;
  "zh-CN": string;
}

const CASES: Case[] = [
  {
    name: "missing credentials",
    args: ["plan"],
    credentials: false,
    code: 3,
    en: "wxbl: WeChat credentials are missing: no credentials are set. Set WECHAT_ACCESS_TOKEN",
    "zh-CN": "wxbl：缺少微信凭据：一个凭据都没有设置。请设置 WECHAT_ACCESS_TOKEN",
  },
  {
    name: "half the credentials",
    args: ["export"],
    credentials: false,
    env: { WECHAT_APPID: "wx0123456789abcdef" },
    code: 3,
    en: "wxbl: WeChat credentials are missing: WECHAT_APPSECRET is not set.",
    "zh-CN": "wxbl：缺少微信凭据：没有设置 WECHAT_APPSECRET。",
  },
  {
    name: "a bad flag value",
    args: ["apply", "--yes", "--concurrency", "0"],
    code: 3,
    en: "wxbl: --concurrency must be a whole number from 1 to 64, not 0\n",
    "zh-CN": "wxbl：--concurrency 必须是 1 到 64 之间的整数，不能是 0\n",
  },
  {
    name: "an unknown flag (yargs' own words stay English)",
    args: ["validate", "--bogus"],
    code: 3,
    en: "wxbl: Unknown argument: bogus\nSee: wxbl --help\n",
    "zh-CN": "wxbl：Unknown argument: bogus\n参见：wxbl --help\n",
  },
  {
    name: "apply off a terminal without --yes",
    args: ["apply"],
    code: 3,
    en: "wxbl: apply needs --yes when it is not run on a terminal; nothing was changed.",
    "zh-CN": "wxbl：不在终端里运行时，apply 需要加上 --yes；没有做任何改动。",
  },
  {
    name: "an unwritable --out",
    args: ["plan", "--out", "no-such-folder/plan.json"],
    code: 3,
    en: "wxbl: cannot write the plan to no-such-folder/plan.json: ENOENT; check that the folder exists",
    "zh-CN": "wxbl：无法把计划写入 no-such-folder/plan.json：ENOENT；请确认目录存在并且可写",
  },
  {
    name: "a rejected app secret (40125)",
    args: ["plan"],
    env: { WECHAT_APPSECRET: "0123456789abcdef0123456789abcdef" },
    code: 1,
    en: "wxbl: stable_token failed: the AppSecret is invalid (errcode 40125). Next: check WECHAT_APPSECRET",
    "zh-CN": "wxbl：stable_token 调用失败：AppSecret 无效（errcode 40125）。下一步：到公众号后台",
  },
  {
    name: "an errcode wxbl does not know",
    args: ["plan"],
    env: { WECHAT_API_BASE: "SANDBOX/not-wechat" },
    code: 1,
    en: "wxbl: stable_token failed: WeChat answered with errcode ",
    "zh-CN": "wxbl：stable_token 调用失败：微信返回了 errcode ",
  },
  {
    name: "a file for another account",
    args: ["plan"],
    before: () =>
      writeText(
        dir,
        "blacklist.yaml",
        desiredFile({ users: kept, appid: "wx0000000000000000" }).text,
      ),
    code: 4,
    en: "wxbl: refused: the file is for account wx0000000000000000 but the credentials are for ",
    "zh-CN": "wxbl：已拒绝：文件写的是公众号 wx0000000000000000，但凭据属于公众号 ",
  },
  {
    name: "a stale saved plan",
    args: ["apply", "plan.json", "--yes"],
    before: async () => {
      expect((await wxbl(["plan", "--out", "plan.json"], runOptions({}))).code).toBe(0);
      await blockByHand(sandbox, [toBlock[0]!]);
    },
    code: 4,
    en: "wxbl: the saved plan plan.json is stale, nothing was changed: the live blacklist changed. Run wxbl plan --out plan.json again",
    "zh-CN":
      "wxbl：保存的计划 plan.json 已经过时，没有做任何改动：线上黑名单有变化。请重新运行 wxbl plan --out plan.json",
  },
  {
    name: "a saved plan that is not JSON",
    args: ["apply", "plan.json", "--yes"],
    before: () => writeText(dir, "plan.json", "plan: yes\n"),
    code: 3,
    en: "wxbl: plan.json is not a saved plan: it is not JSON (",
    "zh-CN": "wxbl：plan.json 不是保存的计划：它不是 JSON（",
  },
  {
    name: "diff outside a git repository",
    args: ["diff", "--base", "main"],
    code: 3,
    en: " is not inside a git repository (",
    "zh-CN": " 不在 git 仓库里（",
  },
];

function runOptions(extra: NodeJS.ProcessEnv, credentials = true) {
  return { cwd: dir, env: { ...(credentials ? envFor(sandbox) : {}), ...extra } };
}

describe.each(CASES)("$name", (test) => {
  it.each(WAYS)("speaks the language chosen by $way, with the same exit code", async (way) => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    await test.before?.();
    const env: NodeJS.ProcessEnv = { ...test.env, ...way.env };
    env.WECHAT_API_BASE &&= env.WECHAT_API_BASE.replace("SANDBOX", sandbox.url);
    const run = await wxbl([...test.args, ...way.flags], runOptions(env, test.credentials));
    expect(run.code).toBe(test.code);
    expect(run.stderr).toContain(test[way.lang]);
    expect(run.stderr).not.toContain(test[way.lang === "en" ? "zh-CN" : "en"]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("apply's failures and stop in Chinese, the report in English", () => {
  it("names each failed openid and its line in the operator's language; the report JSON does not change", async () => {
    const { lineOf, text } = desiredFile({ users: [...kept, ...toBlock, ...strangers] });
    writeText(dir, "blacklist.yaml", text);
    const runIn = async (flags: string[]) => {
      const box = await startSandbox({
        seed: 5,
        pageSize: 3,
        state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
      });
      try {
        const run = await wxbl(["apply", "--yes", "--format", "json", ...flags], {
          cwd: dir,
          env: envFor(box),
        });
        expect(callCounts(box).block).toBeGreaterThan(0);
        return run;
      } finally {
        await box.close();
      }
    };
    const en = await runIn([]);
    const zh = await runIn(["--lang", "zh-CN"]);
    expect(en.code).toBe(1);
    expect(zh.code).toBe(1);
    // The report (stdout with --format json) is the same bytes, English messages included.
    expect(zh.stdout).toBe(en.stdout);
    expect(JSON.parse(en.stdout).failed[0].message).toContain("errcode 40003");
    const stranger = strangers[0]!;
    expect(en.stderr).toContain(
      `! block ${stranger} (blacklist.yaml:${lineOf.get(stranger)}): batchblacklist failed: an openid is invalid`,
    );
    expect(zh.stderr).toContain(
      `! block ${stranger} (blacklist.yaml:${lineOf.get(stranger)}): batchblacklist 调用失败：有 openid 无效，或者不是本公众号的粉丝（errcode 40003）`,
    );
    expect(zh.stderr).toContain("wxbl：apply 没有顺利完成：2 个失败；");
    expect(en.stderr).toContain("wxbl: apply did not finish cleanly: 2 failed;");
  });
});
