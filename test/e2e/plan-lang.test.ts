import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  desiredFile,
  envFor,
  openids,
  readText,
  schemaValidator,
  tempDir,
  wxbl,
  writeText,
  type FileUser,
} from "./run-wxbl.js";

/**
 * `wxbl plan` in both languages (SPEC 12), chosen by --lang and by the locale, with temporary
 * bans (SPEC 10). The CLI's clock is run-wxbl's NOW, 2026-06-01T08:30Z.
 */
const validatePlan = schemaValidator("plan.schema.json");

const kept = openids("Kept", 8);
const stray = openids("Stray", 3);
const toBlock = openids("New", 4);
const [soonA, soonB, later] = openids("Soon", 3) as [string, string, string];
const expired = openids("Gone", 1)[0] as string;

/** A temporary ban to add (92 days), two that end within the week, one past its day. */
const users: (string | FileUser)[] = [
  ...kept,
  { openid: toBlock[0] as string, reason: "spam links (#142)", expires: "2026-09-01" },
  ...toBlock.slice(1),
  { openid: soonA, reason: "cool-off", expires: "2026-06-03" },
  { openid: soonB, expires: "2026-06-08" },
  { openid: later, expires: "2026-06-09" },
  { openid: expired, reason: "old case", expires: "2026-05-20" },
];
const { text: FILE, lineOf } = desiredFile({ users });

let dir: string;
let remove: () => void;
let sandbox: Sandbox;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  wxbl(args, { cwd: dir, env: { ...envFor(sandbox), ...env } });

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-plan-lang-"));
  const live = [...kept, ...stray, soonA, soonB, later, expired];
  sandbox = await startSandbox({
    seed: 11,
    pageSize: 5,
    state: { followers: [...live, ...toBlock], blacklist: live },
  });
  writeText(dir, "blacklist.yaml", FILE);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

describe("wxbl plan in Chinese", () => {
  it("--lang zh-CN: every line of the text plan is in Chinese, ids and file lines as they are", async () => {
    const { code, stdout, stderr } = await run(["plan", "--lang", "zh-CN"]);
    expect(code).toBe(0);
    expect(stderr).not.toContain("计划"); // the plan is on stdout only (stderr: the file's warnings)
    const lines = stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("+ 拉黑     o"))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith("- 取消拉黑 o"))).toHaveLength(4);
    expect(stdout).toContain(
      `+ 拉黑     ${toBlock[0]}  spam links (#142)  2026-09-01 到期（还有 92 天）  (blacklist.yaml:${lineOf.get(toBlock[0]!)})`,
    );
    expect(stdout).toContain(`- 取消拉黑 ${stray[0]}  不在文件中`);
    expect(stdout).toContain(
      `- 取消拉黑 ${expired}  已于 2026-05-20 到期  old case  (blacklist.yaml:${lineOf.get(expired)})`,
    );
    expect(stdout).toContain("计划：拉黑 4 个，取消拉黑 4 个，11 个不变。");
    expect(stdout).toContain(
      [
        "有 2 个用户将在 7 天内到期，自到期日 00:00 UTC 起不再拉黑：",
        `  ${soonA}  2026-06-03 到期（还有 2 天）  cool-off  (blacklist.yaml:${lineOf.get(soonA)})`,
        `  ${soonB}  2026-06-08 到期（还有 7 天）  (blacklist.yaml:${lineOf.get(soonB)})`,
      ].join("\n"),
    );
    // Nothing left in English but ids, the file name and flags.
    expect(stdout).not.toMatch(/\b(block|unblock|Plan|expires|not in file|unchanged)\b/);
  });

  it("LANG=zh_CN.UTF-8 chooses Chinese too, and WXBL_LANG or --lang en win over it", async () => {
    const flag = await run(["plan", "--lang", "zh-CN"]);
    const locale = await run(["plan"], { LANG: "zh_CN.UTF-8" });
    expect(locale.stdout).toBe(flag.stdout);
    const english = await run(["plan"]);
    expect(english.stdout).toContain("Plan: 4 to block, 4 to unblock, 11 unchanged.");
    expect((await run(["plan", "--lang", "en"], { LANG: "zh_CN.UTF-8" })).stdout).toBe(
      english.stdout,
    );
    expect((await run(["plan"], { LANG: "zh_CN.UTF-8", WXBL_LANG: "en" })).stdout).toBe(
      english.stdout,
    );
  });

  it("English shows the same expiries: how long a new ban lasts, and what ends this week", async () => {
    const { stdout } = await run(["plan", "--lang", "en"]);
    expect(stdout).toContain(
      `+ block   ${toBlock[0]}  spam links (#142)  expires 2026-09-01 (in 92 days)  (blacklist.yaml:${lineOf.get(toBlock[0]!)})`,
    );
    expect(stdout).toContain(`- unblock ${expired}  expired 2026-05-20  old case`);
    expect(stdout).toContain(
      "2 entries expire within the next 7 days; from 00:00 UTC on that date they are no longer blocked:\n" +
        `  ${soonA}  expires 2026-06-03 (in 2 days)  cool-off  (blacklist.yaml:${lineOf.get(soonA)})\n` +
        `  ${soonB}  expires 2026-06-08 (in 7 days)  (blacklist.yaml:${lineOf.get(soonB)})\n`,
    );
    // 2026-06-09 is 00:00 UTC eight days from now: not within the week.
    expect(stdout).not.toContain(later);
  });

  it("--format markdown in Chinese: heading, table, expiry column and the week's expiries", async () => {
    const { code, stdout } = await run(["plan", "--format", "markdown"], { LANG: "zh_CN.UTF-8" });
    expect(code).toBe(0);
    expect(stdout).toContain("### wxbl 计划：`blacklist.yaml`");
    expect(stdout).toContain("**拉黑 4 个，取消拉黑 4 个**，11 个不变。");
    expect(stdout).toContain("| 待拉黑 | 4 |\n| 待取消拉黑 | 4 |");
    expect(stdout).toContain("安全上限检查：通过。");
    expect(stdout).toContain(
      "<summary>待拉黑 4 个</summary>\n\n| openid | 拉黑原因 | 到期 | 位置 |",
    );
    expect(stdout).toContain(
      `| \`${toBlock[0]}\` | spam links (#142) | 2026-09-01（还有 92 天） | blacklist.yaml:${lineOf.get(toBlock[0]!)} |`,
    );
    expect(stdout).toContain("**有 2 个用户将在 7 天内到期**：自到期日 00:00 UTC 起不再拉黑。");
    expect(stdout).toContain(
      `| \`${soonA}\` | 2026-06-03（还有 2 天） | cool-off | blacklist.yaml:${lineOf.get(soonA)} |`,
    );
    expect(stdout).toContain("· 公众号 `");
  });

  it("a tripped guard is explained in Chinese; the JSON keeps its English reason", async () => {
    writeText(dir, "blacklist.yaml", desiredFile({ users, guard: { max_unblock: 2 } }).text);
    const text = await run(["plan", "--lang", "zh-CN"]);
    expect(text.stdout).toContain("已触发安全上限：不加 --force，apply 将拒绝执行此计划。");
    expect(text.stdout).toContain(
      "  ! 将取消拉黑 4 个用户，占线上黑名单 15 个的 26.7%，超过安全上限 2 个（max_unblock）；请先检查计划，确认无误后加 --force 重新运行 apply",
    );
    const json = await run(["plan", "--lang", "zh-CN", "--format", "json"]);
    const plan = JSON.parse(json.stdout) as { guard: { reasons: string[] } };
    expect(plan.guard.reasons).toEqual([
      "4 of 15 live entries (26.7%) would be unblocked, over the guard of 2 (max_unblock); review the plan, then re-run apply with --force",
    ]);
  });

  it("the step summary in GitHub Actions follows the language", async () => {
    const summary = join(dir, "summary.md");
    await run(["plan", "--lang", "zh-CN"], { GITHUB_STEP_SUMMARY: summary });
    const markdown = await run(["plan", "--lang", "zh-CN", "--format", "markdown"]);
    expect(readFileSync(summary, "utf8")).toBe(`${markdown.stdout}\n`);
    expect(markdown.stdout).toContain("### wxbl 计划");
  });
});

describe("wxbl plan JSON never changes with the language", () => {
  it("--format json and --out are byte-identical in English, by --lang zh-CN and by LANG", async () => {
    const runs = [
      await run(["plan", "--format", "json"]),
      await run(["plan", "--format", "json", "--lang", "zh-CN"]),
      await run(["plan", "--format", "json"], { LANG: "zh_CN.UTF-8" }),
      await run(["plan", "--format", "json"], { WXBL_LANG: "zh-CN", LANG: "en_US.UTF-8" }),
    ];
    for (const result of runs) expect(result.stdout).toBe(runs[0]!.stdout);
    await run(["plan", "--out", "en.json"]);
    await run(["plan", "--out", "zh.json", "--lang", "zh-CN"]);
    expect(readText(dir, "zh.json")).toBe(readText(dir, "en.json"));
    expect(readText(dir, "en.json")).toBe(runs[0]!.stdout);
  });

  it("a temporary ban's block ends with its expires date, and the schema accepts the plan", async () => {
    const { stdout } = await run(["plan", "--format", "json", "--lang", "zh-CN"]);
    expect(validatePlan(JSON.parse(stdout))).toEqual([]);
    expect(stdout).toContain(
      `{"action": "block", "openid": "${toBlock[0]}", "reason": "spam links (#142)", "line": ${lineOf.get(toBlock[0]!)}, "expires": "2026-09-01"}`,
    );
    expect(stdout).toContain(
      `{"action": "block", "openid": "${toBlock[1]}", "line": ${lineOf.get(toBlock[1]!)}}`,
    );
    expect(stdout).toContain(
      `{"action": "unblock", "openid": "${expired}", "why": "expired 2026-05-20", "line": ${lineOf.get(expired)}, "reason": "old case"}`,
    );
    expect(stdout).not.toMatch(/到期|拉黑/);
  });

  it("a plan saved with an expires date applies in the other language", async () => {
    await run(["plan", "--out", "plan.json", "--lang", "zh-CN"]);
    const { code, stdout } = await wxbl(["apply", "plan.json", "--yes", "--lang", "en"], {
      cwd: dir,
      env: envFor(sandbox),
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Applied: 4 blocked, 4 unblocked.");
  });
});
