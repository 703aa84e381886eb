import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/index.js";
import {
  callCounts,
  desiredFile,
  envFor,
  fastClock,
  openids,
  readText,
  stableToken,
  tempDir,
  wxbl,
  writeText,
  type RunOptions,
} from "./run-wxbl.js";

/** What `apply` says around the plan, in both languages (SPEC 12); its JSON never changes. */

const kept = openids("Kept", 20);
const stray = openids("Stray", 10);
const toBlock = openids("New", 45);

let dir: string;
let remove: () => void;
let sandbox: Sandbox | undefined;

async function account(options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  await sandbox?.close();
  sandbox = await startSandbox({
    seed: 11,
    pageSize: 10,
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
    ...options,
  });
  return sandbox;
}

/** SPEC 2: neither the app secret nor the token in use appears in anything a run printed. */
async function expectNoSecrets(...texts: string[]): Promise<void> {
  const token = await stableToken(sandbox!); // the same token the run was given
  for (const text of texts) {
    expect(text).not.toContain(sandbox!.secret);
    expect(text).not.toContain(token);
  }
}

const run = (args: string[], extra: Partial<RunOptions> = {}) =>
  wxbl(args, { cwd: dir, ...extra, env: { ...envFor(sandbox!), ...extra.env } });

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-apply-lang-"));
  await account();
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  remove();
});

describe("wxbl apply in Chinese", () => {
  it("asks in Chinese on a terminal; no is exit 1 and nothing called", async () => {
    const questions: string[] = [];
    const { code, stderr } = await run(["apply", "--lang", "zh-CN"], {
      interactive: true,
      confirm: async (question) => (questions.push(question), false),
    });
    expect(questions).toEqual(["确定要在线上公众号拉黑 45 个、取消拉黑 10 个用户吗？"]);
    expect(code).toBe(1);
    expect(stderr).toBe("wxbl：已取消 apply；没有做任何改动\n");
    expect(callCounts(sandbox!)).toMatchObject({ block: 0, unblock: 0 });
  });

  it("LANG=zh_CN.UTF-8: the plan, the outcome and the verification in Chinese", async () => {
    const { code, stdout } = await run(["apply", "--yes"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(code).toBe(0);
    expect(stdout).toContain("计划：拉黑 45 个，取消拉黑 10 个，20 个不变。");
    expect(stdout).toContain(
      "已执行：拉黑 45 个，取消拉黑 10 个。\n核对通过：线上黑名单已体现每一项改动。\n",
    );
    expect(stdout).not.toMatch(/Applied|Verified|Plan:/);
    await expectNoSecrets(stdout);
  });

  it("a tripped guard is refused in Chinese, nothing called", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users: kept, guard: { max_unblock: 5 } }).text);
    const { code, stdout, stderr } = await run(["apply", "--yes", "--lang", "zh-CN"]);
    expect(code).toBe(4);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "wxbl：apply 已拒绝执行，没有做任何改动：将取消拉黑 10 个用户，占线上黑名单 30 个的 33.3%，" +
        "超过安全上限 5 个（max_unblock）；请先检查计划，确认无误后加 --force 重新运行 apply\n",
    );
    expect(callCounts(sandbox!)).toMatchObject({ block: 0, unblock: 0 });
  });

  it("nothing to do: said in Chinese on stderr", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...stray] }).text);
    const { code, stderr } = await run(["apply", "--yes", "--lang", "zh-CN"]);
    expect(code).toBe(0);
    expect(stderr).toContain("没有需要变更的内容：线上黑名单与 blacklist.yaml 一致。");
  });

  it("a quota that runs out: what is not done, why it stopped, and the exit 1 error, in Chinese", async () => {
    await account({ faults: { dailyWriteQuota: 2 }, now: fastClock(), tokenTtlSeconds: 10 ** 9 });
    const { code, stdout, stderr } = await run([
      "apply",
      "--yes",
      "--concurrency",
      "1",
      "--lang",
      "zh-CN",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("已执行：拉黑 40 个，取消拉黑 0 个。");
    expect(stdout).toContain(
      "未完成：还有 5 个待拉黑、10 个待取消拉黑。再次运行 wxbl apply 即可继续（它会重新读取线上黑名单）。",
    );
    expect(stdout).toMatch(/已中途停止：.*45009/);
    expect(stdout).toContain("未核对：运行提前停止了；wxbl plan 可查看线上现状。");
    expect(stderr).toContain(
      "wxbl：apply 没有顺利完成：已中止（当天的调用次数已用完），15 个没有完成；",
    );
    await expectNoSecrets(stdout, stderr);
  });
});

describe("wxbl apply JSON never changes with the language", () => {
  it("--format json: the report on stdout is byte-identical; the words go to stderr", async () => {
    const english = await run(["apply", "--yes", "--format", "json", "--report", "en.json"]);
    await account(); // the same account again, from the same seed
    const chinese = await run([
      "apply",
      "--yes",
      "--format",
      "json",
      "--report",
      "zh.json",
      "--lang",
      "zh-CN",
    ]);
    expect(english.code).toBe(0);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toBe(english.stdout);
    expect(readText(dir, "zh.json")).toBe(readText(dir, "en.json"));
    expect(chinese.stderr).toContain("计划：拉黑 45 个，取消拉黑 10 个，20 个不变。");
    expect(chinese.stderr).toContain("核对通过");
    expect(english.stderr).toContain("Verified: the live list shows every change.");
  });
});
