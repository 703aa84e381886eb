import { describe, expect, it } from "vitest";
import { type Plan, makePlan } from "../../../src/reconcile/plan.js";
import { planNotes } from "../../../src/reconcile/plan-notes.js";
import {
  MARKDOWN_LIMIT,
  escapeMarkdown,
  renderPlanMarkdown,
} from "../../../src/render/render-plan-markdown.js";
import { NOW, desiredState } from "../../support/desired-fixture.js";
import { bigPlan, bulkPlan, openid } from "../../support/plan-fixture.js";

const LINK = "https://github.com/o/r/blob/0123abc/blacklist.yaml";

function smallPlan() {
  const desired = desiredState([
    { openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M", reason: "spam links in replies (#142)" },
    { openid: "oExpiredXXXXXXXXXXXXXXXXXXX", reason: "cool-off", expires: "2026-01-01" },
  ]);
  return makePlan({
    desired,
    live: ["oExpiredXXXXXXXXXXXXXXXXXXX", "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm"],
    now: NOW,
    appid: "wx0123456789abcdef",
  });
}

/** Table rows of the `<details>` section of one action. */
function rows(markdown: string, action: "block" | "unblock"): string[] {
  const start = markdown.indexOf(` to ${action}</summary>`);
  if (start < 0) return [];
  const end = markdown.indexOf("</details>", start);
  return markdown
    .slice(start, end)
    .split("\n")
    .filter((l) => l.startsWith("| `o"));
}

describe("renderPlanMarkdown", () => {
  it("has a heading, a summary table, the guard state and the changes in <details>", () => {
    const md = renderPlanMarkdown(smallPlan(), { lang: "en", file: "blacklist.yaml" });
    expect(md).toContain("### wxbl plan for `blacklist.yaml`");
    expect(md).toContain("**1 to block, 2 to unblock**, 0 unchanged.");
    expect(md).toContain("| to block | 1 |\n| to unblock | 2 |\n| unchanged | 0 |");
    expect(md).toContain("Guards: passed.");
    expect(md).toContain("<details>\n<summary>1 to block</summary>");
    expect(rows(md, "block")).toEqual([
      "| `o6_bmjrPTlm6_2sgVt7hMZOPfL2M` | spam links in replies (#142) | blacklist.yaml:5 |",
    ]);
    expect(rows(md, "unblock")).toEqual([
      "| `oDF3iY9WKs7Jx-4vHq2pZc0aNtLm` | not in file |  |  |",
      "| `oExpiredXXXXXXXXXXXXXXXXXXX` | expired 2026-01-01 | cool-off | blacklist.yaml:6 |",
    ]);
  });

  it("links file lines when given the file's URL", () => {
    const md = renderPlanMarkdown(smallPlan(), {
      lang: "en",
      file: "blacklist.yaml",
      linkBase: LINK,
    });
    expect(rows(md, "block")[0]).toContain(`[blacklist.yaml:5](${LINK}#L5)`);
    expect(rows(md, "unblock")[1]).toContain(`[blacklist.yaml:6](${LINK}#L6)`);
  });

  it("does not link to a URL that could break out of the link", () => {
    const md = renderPlanMarkdown(smallPlan(), {
      lang: "en",
      file: "blacklist.yaml",
      linkBase: "javascript:alert(1)",
    });
    expect(md).not.toContain("javascript:");
  });

  it("says there is nothing to do when the live list matches", () => {
    const plan = makePlan({ desired: desiredState(["oA"]), live: ["oA"], now: NOW });
    const md = renderPlanMarkdown(plan, { lang: "en", file: "blacklist.yaml" });
    expect(md).toContain("No changes. The live blacklist matches `blacklist.yaml`.");
    expect(md).not.toContain("<details>");
  });

  it("puts a tripped guard in a warning block with its reasons", () => {
    const md = renderPlanMarkdown(bigPlan(1, 1, { tripped: true }), {
      lang: "en",
      file: "blacklist.yaml",
    });
    expect(md).toContain(
      "> [!WARNING]\n> **Guard tripped:** `wxbl apply` will refuse this plan unless run with `--force`.\n>\n" +
        "> - 412 of 1,180 live entries (34.9%) would be unblocked, over the 25% guard (max\\_unblock); review the plan, then re-run apply with --force\n",
    );
    expect(md).not.toContain("Guards: passed.");
  });

  it("says a tripped guard was overridden under apply --force", () => {
    const md = renderPlanMarkdown(bigPlan(1, 1, { tripped: true }), {
      lang: "en",
      file: "blacklist.yaml",
      forced: true,
    });
    expect(md).toContain("> **Guard tripped:** going ahead anyway because of `--force`.\n");
    expect(md).not.toContain("will refuse");
  });

  it("ends with the fingerprint, so a comment can be matched to an apply", () => {
    const md = renderPlanMarkdown(smallPlan(), { lang: "en", file: "blacklist.yaml" });
    expect(
      md.endsWith(
        `<sub>wxbl-plan/1 · file sha256 \`aaaaaaaaaaaa\` · live sha256 \`${smallPlan().fingerprint.live_sha256.slice(0, 12)}\` · account \`wx0123456789abcdef\`</sub>\n`,
      ),
    ).toBe(true);
  });

  it.each([
    ["emphasis and code", "**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"],
    ["HTML", "<script>alert(1)</script> & co", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"],
    ["a table pipe", "a | b", "a \\| b"],
    ["a link", "[click](https://x)", "\\[click\\](https://x)"],
    ["a mention that would notify someone", "reported by @alice", "reported by @&#8203;alice"],
    ["line breaks", "one\ntwo\r\nthree", "one two three"],
    ["a strike-through", "~~gone~~", "\\~\\~gone\\~\\~"],
    ["plain text, untouched", "spam links in replies (#142)", "spam links in replies (#142)"],
  ])("escapes %s in reasons", (_name, reason, escaped) => {
    expect(escapeMarkdown(reason)).toBe(escaped);
    const md = renderPlanMarkdown(bigPlan(1, 0, { reason: () => reason }), {
      lang: "en",
      file: "blacklist.yaml",
    });
    expect(rows(md, "block")[0]).toBe(`| \`${openid("b", 0)}\` | ${escaped} | blacklist.yaml:5 |`);
  });

  let million: Plan | undefined;
  /** Built once for the file: a 1M plan takes a moment to make. */
  const oneMillion = () => (million ??= bulkPlan(600_000, 400_000));

  it.each<[string, () => Plan, string, string]>([
    ["1M changes", oneMillion, "blacklist.yaml", LINK],
    ["100k blocks only", () => bigPlan(100_000, 0), "blacklist.yaml", LINK],
    [
      "very long reasons",
      () => bigPlan(2_000, 2_000, { reason: () => "@<|*".repeat(50_000) }),
      "blacklist.yaml",
      LINK,
    ],
    [
      "a very long file name and link",
      () => bigPlan(5_000, 5_000, { tripped: true }),
      "d/".repeat(50_000),
      `https://x/${"y".repeat(900)}`,
    ],
  ])(
    "stays under 60,000 characters with %s, and counts the rest",
    (_name, make, file, linkBase) => {
      const plan = make();
      const md = renderPlanMarkdown(plan, { lang: "en", file, linkBase });
      expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
      for (const action of ["block", "unblock"] as const) {
        const total = plan.summary[action];
        if (total === 0) continue;
        const shown = rows(md, action).length;
        expect(shown).toBeGreaterThan(10);
        expect(md).toContain(
          `… and ${(total - shown).toLocaleString("en-US")} more to ${action}, not shown here`,
        );
      }
      expect(md).toContain("see the full plan in the JSON plan artifact");
    },
  );

  it("clips a very long reason to a readable length", () => {
    const md = renderPlanMarkdown(bigPlan(1, 0, { reason: () => "x".repeat(10_000) }), {
      lang: "en",
      file: "blacklist.yaml",
    });
    expect(rows(md, "block")[0]).toBe(
      `| \`${openid("b", 0)}\` | ${"x".repeat(199)}… | blacklist.yaml:5 |`,
    );
  });

  it("lists everything when it fits, without a note", () => {
    const md = renderPlanMarkdown(bigPlan(50, 50), { lang: "en", file: "blacklist.yaml" });
    expect(rows(md, "block")).toHaveLength(50);
    expect(rows(md, "unblock")).toHaveLength(50);
    expect(md).not.toContain("more to");
  });
});

describe("renderPlanMarkdown in both languages", () => {
  const desired = desiredState([
    { openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M", reason: "spam | <b>", expires: "2026-09-01" },
    "oNoReasonXXXXXXXXXXXXXXXXXXX",
    { openid: "oSoonXXXXXXXXXXXXXXXXXXXXXXX", reason: "cool-off", expires: "2026-06-17" },
  ]);
  const plan = makePlan({
    desired,
    live: ["oSoonXXXXXXXXXXXXXXXXXXXXXXX", "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm"],
    now: NOW,
    appid: "wx0123456789abcdef",
  });
  const notes = planNotes(desired, plan, NOW);

  it.each([
    [
      "en",
      [
        "### wxbl plan for `blacklist.yaml`",
        "**2 to block, 1 to unblock**, 1 unchanged.",
        "| | entries |\n| --- | ---: |\n| to block | 2 |\n| to unblock | 1 |\n| unchanged | 1 |",
        "Guards: passed.",
        "**1 entry expires within the next 7 days**: from 00:00 UTC on that date it is no longer blocked.",
        "<summary>2 to block</summary>\n\n| openid | reason | expires | line |\n| --- | --- | --- | --- |\n" +
          "| `o6_bmjrPTlm6_2sgVt7hMZOPfL2M` | spam \\| &lt;b&gt; | 2026-09-01 (in 78 days) | blacklist.yaml:5 |\n" +
          "| `oNoReasonXXXXXXXXXXXXXXXXXXX` |  |  | blacklist.yaml:6 |\n",
        "<summary>1 to unblock</summary>\n\n| openid | why | reason | line |\n| --- | --- | --- | --- |\n" +
          "| `oDF3iY9WKs7Jx-4vHq2pZc0aNtLm` | not in file |  |  |\n",
        "<summary>1 expiring soon</summary>\n\n| openid | expires | reason | line |\n| --- | --- | --- | --- |\n" +
          "| `oSoonXXXXXXXXXXXXXXXXXXXXXXX` | 2026-06-17 (in 2 days) | cool-off | blacklist.yaml:7 |\n",
        "<sub>wxbl-plan/1 · file sha256 `aaaaaaaaaaaa` · live sha256 `",
      ],
    ],
    [
      "zh-CN",
      [
        "### wxbl 计划：`blacklist.yaml`",
        "**拉黑 2 个，取消拉黑 1 个**，1 个不变。",
        "| | 数量 |\n| --- | ---: |\n| 待拉黑 | 2 |\n| 待取消拉黑 | 1 |\n| 不变 | 1 |",
        "安全上限检查：通过。",
        "**有 1 个用户将在 7 天内到期**：自到期日 00:00 UTC 起不再拉黑。",
        "<summary>待拉黑 2 个</summary>\n\n| openid | 拉黑原因 | 到期 | 位置 |\n| --- | --- | --- | --- |\n" +
          "| `o6_bmjrPTlm6_2sgVt7hMZOPfL2M` | spam \\| &lt;b&gt; | 2026-09-01（还有 78 天） | blacklist.yaml:5 |\n",
        "<summary>待取消拉黑 1 个</summary>\n\n| openid | 说明 | 拉黑原因 | 位置 |\n| --- | --- | --- | --- |\n" +
          "| `oDF3iY9WKs7Jx-4vHq2pZc0aNtLm` | 不在文件中 |  |  |\n",
        "<summary>即将到期 1 个</summary>\n\n| openid | 到期 | 拉黑原因 | 位置 |\n| --- | --- | --- | --- |\n" +
          "| `oSoonXXXXXXXXXXXXXXXXXXXXXXX` | 2026-06-17（还有 2 天） | cool-off | blacklist.yaml:7 |\n",
        "<sub>wxbl-plan/1 · 文件 sha256 `aaaaaaaaaaaa` · 线上 sha256 `",
        "· 公众号 `wx0123456789abcdef`</sub>\n",
      ],
    ],
  ] as const)("%s: summary, guard, the expiry column and the week's expiries", (lang, parts) => {
    const md = renderPlanMarkdown(plan, { lang, file: "blacklist.yaml", notes });
    for (const part of parts) expect(md).toContain(part);
  });

  it("leaves the expiry column out when no block is a temporary ban", () => {
    const md = renderPlanMarkdown(smallPlan(), { lang: "zh-CN", file: "blacklist.yaml" });
    expect(md).toContain("| openid | 拉黑原因 | 位置 |\n| --- | --- | --- |\n");
    expect(md).toContain(
      "| `oExpiredXXXXXXXXXXXXXXXXXXX` | 已于 2026-01-01 到期 | cool-off | blacklist.yaml:6 |",
    );
  });

  it("zh-CN: a tripped guard in a warning block, explained in Chinese", () => {
    const tight = desiredState(["oA", "oB"], { guard: { max_block: { kind: "count", value: 1 } } });
    const tripped = makePlan({ desired: tight, live: [], now: NOW });
    const md = renderPlanMarkdown(tripped, {
      lang: "zh-CN",
      file: "blacklist.yaml",
      notes: planNotes(tight, tripped, NOW),
    });
    expect(md).toContain(
      "> [!WARNING]\n> **已触发安全上限：** 不加 `--force`，`wxbl apply` 将拒绝执行此计划。\n>\n" +
        "> - 将拉黑 2 个用户，超过安全上限 1 个（max\\_block）；请先检查计划，确认无误后加 --force 重新运行 apply\n",
    );
  });

  it.each<[string, () => Plan]>([
    ["1M changes", () => bulkPlan(600_000, 400_000)],
    ["long Chinese reasons", () => bigPlan(3_000, 3_000, { reason: () => "刷屏广告".repeat(500) })],
  ])("zh-CN stays under 60,000 characters with %s, and counts the rest", (_name, make) => {
    const big = make();
    const md = renderPlanMarkdown(big, { lang: "zh-CN", file: "blacklist.yaml", linkBase: LINK });
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    for (const action of ["block", "unblock"] as const) {
      const word = action === "block" ? "拉黑" : "取消拉黑";
      const start = md.indexOf(`<summary>待${word} `);
      const shown = md
        .slice(start, md.indexOf("</details>", start))
        .split("\n")
        .filter((l) => l.startsWith("| `o")).length;
      expect(shown).toBeGreaterThan(10);
      const rest = big.summary[action] - shown;
      expect(md).toContain(`……另有 ${rest.toLocaleString("en-US")} 个待${word}的用户未在此列出`);
    }
  });

  it("shares the room with the week's expiries, and stays under a smaller limit when asked", () => {
    const many = desiredState(
      Array.from({ length: 20_000 }, (_, i) => ({ openid: openid("s", i), expires: "2026-06-20" })),
    );
    const manyPlan = makePlan({ desired: many, live: [openid("u", 1)], now: NOW });
    const manyNotes = planNotes(many, manyPlan, NOW);
    for (const lang of ["en", "zh-CN"] as const) {
      for (const limit of [MARKDOWN_LIMIT, 20_000]) {
        const md = renderPlanMarkdown(manyPlan, { lang, file: "b.yaml", notes: manyNotes, limit });
        expect(md.length).toBeLessThan(limit);
        expect(md.match(/<details>/g)).toHaveLength(3);
      }
    }
    const md = renderPlanMarkdown(manyPlan, { lang: "en", file: "b.yaml", notes: manyNotes });
    expect(md).toMatch(/… and [\d,]+ more expiring soon, not shown here/);
  });
});
