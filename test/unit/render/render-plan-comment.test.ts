import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../../src/render/markdown.js";
import { renderPlanComment } from "../../../src/render/render-plan-comment.js";

const PLAN = "### wxbl plan for `blacklist.yaml`\n\n**1 to block, 0 to unblock**, 3 unchanged.\n";
const DIFF = "### wxbl diff: `blacklist.yaml` against `main`\n\n| added |\n| ---: |\n| 1 |\n";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const RUN = "https://github.com/o/r/actions/runs/42";

describe("renderPlanComment (the sticky pull-request comment)", () => {
  it.each([
    [
      "en",
      `${PLAN.trim()}\n\n<details><summary>What this pull request changes in the file (wxbl diff)</summary>\n\n${DIFF.trim()}\n\n</details>\n\n` +
        `Planned for \`0123456\` in [this run](${RUN}) · updated on every push · \`wxbl apply\` runs when this is merged.\n`,
    ],
    [
      "zh-CN",
      `${PLAN.trim()}\n\n<details><summary>这个拉取请求对文件做了哪些修改（wxbl diff）</summary>\n\n${DIFF.trim()}\n\n</details>\n\n` +
        `基于 \`0123456\` 的计划，见[本次运行](${RUN}) · 每次推送都会更新 · 合并后将运行 \`wxbl apply\`。\n`,
    ],
  ] as const)(
    "%s: the plan, the diff folded away, and a footer with the commit and the run",
    (lang, body) => {
      expect(
        renderPlanComment({ lang, plan: { markdown: PLAN }, diff: DIFF, sha: SHA, runUrl: RUN }),
      ).toBe(body);
    },
  );

  it("leaves out what it was not given, and a run URL or sha that is not one", () => {
    const body = renderPlanComment({
      lang: "en",
      plan: { markdown: PLAN },
      sha: "not a sha",
      runUrl: "javascript:alert(1)",
    });
    expect(body).toBe(
      `${PLAN.trim()}\n\nPlanned · updated on every push · \`wxbl apply\` runs when this is merged.\n`,
    );
  });

  it.each(["en", "zh-CN"] as const)(
    "%s: drops the diff for a note when both do not fit, and stays under the limit",
    (lang) => {
      const plan = `### plan\n\n${"| `oDF3iY0000000000000000000000` | 刷屏 | b.yaml:1 |\n".repeat(1_100)}`;
      const diff = `### diff\n\n${"| ➕ 新增 | `oDF3iY0000000000000000000000` | 1 | | |\n".repeat(1_000)}`;
      expect(plan.length).toBeLessThan(60_000);
      expect(diff.length).toBeLessThan(60_000);
      const body = renderPlanComment({
        lang,
        plan: { markdown: plan },
        diff,
        sha: SHA,
        runUrl: RUN,
      });
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(body).not.toContain("### diff");
      expect(body).toContain(lang === "en" ? "The file diff is too long" : "文件对比太长");
      expect(body.startsWith(plan.trim())).toBe(true);
    },
  );

  it.each([
    ["en", "### wxbl plan failed (exit 3)", "Exit 1: WeChat or network failure;"],
    ["zh-CN", "### wxbl plan 运行失败（退出码 3）", "退出码 1：微信接口或网络故障；"],
  ] as const)(
    "%s: a failed plan shows its exit code and the end of its log, inert",
    (lang, title, codes) => {
      const stderr = [
        ...Array.from({ length: 60 }, (_, i) => `line ${i}`),
        "wxbl: blacklist.yaml:3:5: ``` @team \u001b[31mred",
      ].join("\n");
      const body = renderPlanComment({ lang, plan: { exitCode: 3, stderr }, diff: DIFF });
      expect(body.startsWith(`${title}\n\n${codes}`)).toBe(true);
      expect(body).toContain("````\nline 21\n");
      expect(body).not.toContain("line 20\n");
      expect(body).toContain("wxbl: blacklist.yaml:3:5: ``` @team \\u001b[31mred\n````");
      expect(body).toContain(DIFF.trim());
    },
  );

  it("says so when plan printed nothing", () => {
    expect(renderPlanComment({ lang: "zh-CN", plan: { markdown: "  \n" } })).toContain(
      "### wxbl plan 没有输出",
    );
  });
});
