import { describe, expect, it } from "vitest";
import { BODY_LIMIT, GITHUB_BODY_LIMIT } from "../../../src/render/markdown.js";
import {
  renderFailureMarkdown,
  renderPlanComment,
} from "../../../src/render/render-plan-comment.js";

const PLAN = "### wxbl plan for `blacklist.yaml`\n\n**1 to block, 0 to unblock**, 3 unchanged.\n";
const DIFF = "### wxbl diff: `blacklist.yaml` against `main`\n\n| added |\n| ---: |\n| 1 |\n";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const RUN = "https://github.com/o/r/actions/runs/42";

describe("renderPlanComment (the sticky pull-request comment)", () => {
  it("keeps plan, folded diff and footer when they fit", () => {
    const body = renderPlanComment({
      lang: "en",
      kind: "plan",
      main: "PLAN\n",
      diff: "DIFF\n",
      sha: "0123456789",
      runUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(body).toBe(
      "PLAN\n\n<details><summary>What this pull request changes in the file (wxbl diff)</summary>\n\nDIFF\n\n</details>\n\n" +
        "Planned for 0123456 in [this run](https://github.com/o/r/actions/runs/1) · updated on every push · merging applies it.\n",
    );
  });

  it.each([
    [
      "en",
      "plan",
      `${PLAN.trim()}\n\n<details><summary>What this pull request changes in the file (wxbl diff)</summary>\n\n${DIFF.trim()}\n\n</details>\n\n` +
        `Planned for 0123456 in [this run](${RUN}) · updated on every push · merging applies it.\n`,
    ],
    [
      "zh-CN",
      "plan",
      `${PLAN.trim()}\n\n<details><summary>这个拉取请求对文件做了哪些修改（wxbl diff）</summary>\n\n${DIFF.trim()}\n\n</details>\n\n` +
        `基于提交 0123456 的计划，见[本次运行](${RUN}) · 每次推送都会更新 · 合并后即执行。\n`,
    ],
    [
      "en",
      "diff",
      `${DIFF.trim()}\n\nCompared at 0123456 in [this run](${RUN}) · updated on every push.\n`,
    ],
    [
      "zh-CN",
      "diff",
      `${DIFF.trim()}\n\n基于提交 0123456 的对比，见[本次运行](${RUN}) · 每次推送都会更新。\n`,
    ],
  ] as const)(
    "%s, %s: the words around the output are in the reader's language",
    (lang, kind, body) => {
      const main = kind === "plan" ? PLAN : DIFF;
      const diff = kind === "plan" ? DIFF : undefined;
      expect(renderPlanComment({ lang, kind, main, diff, sha: SHA, runUrl: RUN })).toBe(body);
    },
  );

  it("leaves out what it was not given, and a run URL or sha that is not one", () => {
    const body = renderPlanComment({
      lang: "en",
      kind: "plan",
      main: PLAN,
      sha: "not a sha",
      runUrl: "javascript:alert(1)",
    });
    expect(body).toBe(`${PLAN.trim()}\n\nPlanned · updated on every push · merging applies it.\n`);
  });

  it("drops the diff, with a pointer, when both would pass GitHub's 65,536 characters", () => {
    const body = renderPlanComment({
      lang: "en",
      kind: "plan",
      main: "P".repeat(40_000),
      diff: "D".repeat(40_000),
      sha: "0123456789",
      runUrl: "u",
    });
    expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(body).not.toContain("DDDD");
    expect(body).toContain("The file diff is too long for this comment");
  });

  it.each(["en", "zh-CN"] as const)(
    "%s: with a plan and a diff of nearly 60,000 characters each, stays within the body limit",
    (lang) => {
      const main = `### plan\n\n${"| `oDF3iY0000000000000000000000` | 刷屏 | b.yaml:1 |\n".repeat(1_100)}`;
      const diff = `### diff\n\n${"| ➕ 新增 | `oDF3iY0000000000000000000000` | 1 | | |\n".repeat(1_000)}`;
      expect(main.length).toBeLessThan(60_000);
      expect(diff.length).toBeLessThan(60_000);
      const body = renderPlanComment({ lang, kind: "plan", main, diff, sha: SHA, runUrl: RUN });
      expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
      expect(body).not.toContain("### diff");
      expect(body).toContain(lang === "en" ? "The file diff is too long" : "文件对比太长");
      expect(body.startsWith(main.trim())).toBe(true);
    },
  );

  it("cuts a main part that alone would not fit, saying so", () => {
    const body = renderPlanComment({ lang: "zh-CN", kind: "plan", main: "x".repeat(100_000) });
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain("……（已截断：完整内容见运行摘要）");
  });

  it("says so when the command printed nothing", () => {
    expect(renderPlanComment({ lang: "zh-CN", kind: "plan", main: "  \n" })).toContain(
      "wxbl 没有任何输出；请查看工作流运行日志。",
    );
  });
});

describe("renderFailureMarkdown (a failed command, in the comment and the run summary)", () => {
  it.each([
    [
      "en",
      "### wxbl plan failed (exit 3)\n\n" +
        "Exit 1: WeChat or network failure; 3: invalid file, flags or credentials; 4: refused for safety (e.g. appid mismatch).",
    ],
    [
      "zh-CN",
      "### wxbl plan 运行失败（退出码 3）\n\n" +
        "退出码 1：微信接口或网络故障；3：文件、参数或凭据无效；4：出于安全考虑拒绝执行（例如 appid 不一致）。",
    ],
  ] as const)("%s: the exit code, what it means, and the log's end, inert", (lang, head) => {
    const stderrTail = "wxbl: WeChat credentials are missing\nwxbl: x ``` @team \u001b[31mred\n";
    expect(renderFailureMarkdown(lang, { command: "plan", code: 3, stderrTail })).toBe(
      `${head}\n\n` +
        "````\nwxbl: WeChat credentials are missing\nwxbl: x ``` @team \\u001b[31mred\n````\n",
    );
  });

  it("leaves the code block out when nothing was said, and cuts a very long line", () => {
    expect(renderFailureMarkdown("en", { command: "diff", code: 1, stderrTail: "" })).not.toContain(
      "```",
    );
    const long = renderFailureMarkdown("en", {
      command: "diff",
      code: 1,
      stderrTail: "y".repeat(9_000),
    });
    expect(long).toContain(`${"y".repeat(499)}…\n`);
  });
});
