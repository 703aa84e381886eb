import { describe, expect, it } from "vitest";
import { type Plan, makePlan } from "../../../src/reconcile/plan.js";
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
    const md = renderPlanMarkdown(smallPlan(), { file: "blacklist.yaml" });
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
    const md = renderPlanMarkdown(smallPlan(), { file: "blacklist.yaml", linkBase: LINK });
    expect(rows(md, "block")[0]).toContain(`[blacklist.yaml:5](${LINK}#L5)`);
    expect(rows(md, "unblock")[1]).toContain(`[blacklist.yaml:6](${LINK}#L6)`);
  });

  it("does not link to a URL that could break out of the link", () => {
    const md = renderPlanMarkdown(smallPlan(), {
      file: "blacklist.yaml",
      linkBase: "javascript:alert(1)",
    });
    expect(md).not.toContain("javascript:");
  });

  it("says there is nothing to do when the live list matches", () => {
    const plan = makePlan({ desired: desiredState(["oA"]), live: ["oA"], now: NOW });
    const md = renderPlanMarkdown(plan, { file: "blacklist.yaml" });
    expect(md).toContain("No changes. The live blacklist matches `blacklist.yaml`.");
    expect(md).not.toContain("<details>");
  });

  it("puts a tripped guard in a warning block with its reasons", () => {
    const md = renderPlanMarkdown(bigPlan(1, 1, { tripped: true }), { file: "blacklist.yaml" });
    expect(md).toContain(
      "> [!WARNING]\n> **Guard tripped:** `wxbl apply` will refuse this plan unless run with `--force`.\n>\n" +
        "> - 412 of 1,180 live entries (34.9%) would be unblocked, over the 25% guard (max\\_unblock); review the plan, then re-run apply with --force\n",
    );
    expect(md).not.toContain("Guards: passed.");
  });

  it("says a tripped guard was overridden under apply --force", () => {
    const md = renderPlanMarkdown(bigPlan(1, 1, { tripped: true }), {
      file: "blacklist.yaml",
      forced: true,
    });
    expect(md).toContain("> **Guard tripped:** going ahead anyway because of `--force`.\n");
    expect(md).not.toContain("will refuse");
  });

  it("ends with the fingerprint, so a comment can be matched to an apply", () => {
    const md = renderPlanMarkdown(smallPlan(), { file: "blacklist.yaml" });
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
      const md = renderPlanMarkdown(plan, { file, linkBase });
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
      file: "blacklist.yaml",
    });
    expect(rows(md, "block")[0]).toBe(
      `| \`${openid("b", 0)}\` | ${"x".repeat(199)}… | blacklist.yaml:5 |`,
    );
  });

  it("lists everything when it fits, without a note", () => {
    const md = renderPlanMarkdown(bigPlan(50, 50), { file: "blacklist.yaml" });
    expect(rows(md, "block")).toHaveLength(50);
    expect(rows(md, "unblock")).toHaveLength(50);
    expect(md).not.toContain("more to");
  });
});
