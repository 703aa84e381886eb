import { describe, expect, it } from "vitest";
import { makePlan } from "../../../src/reconcile/plan.js";
import { planNotes } from "../../../src/reconcile/plan-notes.js";
import { renderPlanText } from "../../../src/render/render-plan-text.js";
import { NOW, desiredState } from "../../support/desired-fixture.js";
import { bigPlan, openid } from "../../support/plan-fixture.js";

const PLAIN = { lang: "en", color: false, full: false, file: "blacklist.yaml" } as const;
const GREEN = "\u001b[32m";
const RED = "\u001b[31m";

function smallPlan() {
  const desired = desiredState([
    { openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M", reason: "spam links in replies (#142)" },
    "oNoReasonXXXXXXXXXXXXXXXXXXX",
    { openid: "oExpiredXXXXXXXXXXXXXXXXXXX", reason: "cool-off", expires: "2026-01-01" },
    "oKeptXXXXXXXXXXXXXXXXXXXXXXX",
  ]);
  const live = [
    "oKeptXXXXXXXXXXXXXXXXXXXXXXX",
    "oExpiredXXXXXXXXXXXXXXXXXXX",
    "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm",
  ];
  return makePlan({ desired, live, now: NOW });
}

describe("renderPlanText", () => {
  it("prints one line per change, the totals, and nothing else", () => {
    expect(renderPlanText(smallPlan(), PLAIN)).toBe(
      [
        "+ block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links in replies (#142)  (blacklist.yaml:5)",
        "+ block   oNoReasonXXXXXXXXXXXXXXXXXXX  (blacklist.yaml:6)",
        "- unblock oDF3iY9WKs7Jx-4vHq2pZc0aNtLm  not in file",
        "- unblock oExpiredXXXXXXXXXXXXXXXXXXX  expired 2026-01-01  cool-off  (blacklist.yaml:7)",
        "",
        "Plan: 2 to block, 2 to unblock, 1 unchanged.",
        "",
      ].join("\n"),
    );
  });

  it("says there is nothing to do when the live list matches", () => {
    const plan = makePlan({ desired: desiredState(["oA"]), live: ["oA"], now: NOW });
    expect(renderPlanText(plan, { ...PLAIN, file: "team/blacklist.yaml" })).toBe(
      "No changes. The live blacklist matches team/blacklist.yaml.\n",
    );
  });

  it("counts unmanaged entries when prune is false", () => {
    const plan = makePlan({
      desired: desiredState(["oA", "oB"], { prune: false }),
      live: ["oA", "oX", "oY"],
      now: NOW,
    });
    expect(renderPlanText(plan, PLAIN)).toBe(
      [
        "+ block   oB  (blacklist.yaml:6)",
        "",
        "Plan: 1 to block, 0 to unblock, 1 unchanged, 2 unmanaged.",
        "2 live entries are not in blacklist.yaml and left alone (prune: false).",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [
      "cuts each action after 100 lines with a count of the rest",
      250,
      130,
      false,
      100,
      100,
      [
        "  … and 150 more to block (--full shows all)",
        "  … and 30 more to unblock (--full shows all)",
      ],
    ],
    ["does not cut a list of exactly 100", 100, 0, false, 100, 0, []],
    ["shows every change with --full", 250, 130, true, 250, 130, []],
  ])("%s", (_name, blocks, unblocks, full, shownBlocks, shownUnblocks, notes) => {
    const lines = renderPlanText(bigPlan(blocks, unblocks), { ...PLAIN, full }).split("\n");
    expect(lines.filter((l) => l.startsWith("+ block ")).length).toBe(shownBlocks);
    expect(lines.filter((l) => l.startsWith("- unblock ")).length).toBe(shownUnblocks);
    expect(lines.filter((l) => l.startsWith("  … and "))).toEqual(notes);
    expect(lines).toContain(`Plan: ${blocks} to block, ${unblocks} to unblock, 1,000 unchanged.`);
  });

  it("puts the cut note right after the last block shown, before the unblocks", () => {
    const lines = renderPlanText(bigPlan(101, 1), PLAIN).split("\n");
    expect(lines[99]).toBe(`+ block   ${openid("b", 99)}  (blacklist.yaml:104)`);
    expect(lines[100]).toBe("  … and 1 more to block (--full shows all)");
    expect(lines[101]).toBe(`- unblock ${openid("u", 0)}  not in file`);
  });

  it("writes thousands with separators in the totals", () => {
    const text = renderPlanText(bigPlan(1234, 0), PLAIN);
    expect(text).toContain("  … and 1,134 more to block (--full shows all)");
    expect(text).toContain("Plan: 1,234 to block, 0 to unblock, 1,000 unchanged.");
  });

  it("colours blocks green and unblocks red only when asked", () => {
    const coloured = renderPlanText(smallPlan(), { ...PLAIN, color: true }).split("\n");
    expect(coloured[0]).toBe(
      `${GREEN}+ block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links in replies (#142)  (blacklist.yaml:5)\u001b[0m`,
    );
    expect(coloured[2]?.startsWith(`${RED}- unblock `)).toBe(true);
    expect(renderPlanText(smallPlan(), PLAIN)).not.toContain("\u001b");
  });

  it("marks a tripped guard with its reasons, after the totals", () => {
    const text = renderPlanText(bigPlan(1, 1, { tripped: true }), PLAIN);
    expect(
      text.endsWith(
        [
          "Plan: 1 to block, 1 to unblock, 1,000 unchanged.",
          "",
          "Guard tripped: apply will refuse this plan without --force.",
          "  ! 412 of 1,180 live entries (34.9%) would be unblocked, over the 25% guard (max_unblock); review the plan, then re-run apply with --force",
          "",
        ].join("\n"),
      ),
    ).toBe(true);
    expect(renderPlanText(bigPlan(1, 1), PLAIN)).not.toContain("Guard");
  });

  it("reports a tripped guard as overridden under apply --force", () => {
    const text = renderPlanText(bigPlan(1, 1, { tripped: true }), { ...PLAIN, forced: true });
    expect(text).toContain(
      "Guard tripped: going ahead anyway because of --force.\n  ! 412 of 1,180",
    );
    expect(text).not.toContain("will refuse");
  });

  it("shows control characters in a reason as escapes, so a reason cannot fake a line or a colour", () => {
    const plan = bigPlan(1, 0, { reason: () => "two\nlines \u001b[31mred\u001b[0m \u202eevil" });
    const first = renderPlanText(plan, PLAIN).split("\n")[0];
    expect(first).toBe(
      `+ block   ${openid("b", 0)}  two\\nlines \\u001b[31mred\\u001b[0m \\u202eevil  (blacklist.yaml:5)`,
    );
  });
});

describe("renderPlanText in both languages, with temporary bans", () => {
  // NOW is 2026-06-15T09:30Z: one new ban for 78 days, one ending in 2 days, one past its day.
  const desired = desiredState([
    { openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M", reason: "spam links (#142)", expires: "2026-09-01" },
    "oNoReasonXXXXXXXXXXXXXXXXXXX",
    { openid: "oSoonXXXXXXXXXXXXXXXXXXXXXXX", reason: "cool-off", expires: "2026-06-17" },
    { openid: "oExpiredXXXXXXXXXXXXXXXXXXX", reason: "old", expires: "2026-06-15" },
  ]);
  const live = [
    "oSoonXXXXXXXXXXXXXXXXXXXXXXX",
    "oExpiredXXXXXXXXXXXXXXXXXXX",
    "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm",
  ];
  const plan = makePlan({ desired, live, now: NOW });
  const notes = planNotes(desired, plan, NOW);

  it.each([
    [
      "en",
      [
        "+ block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links (#142)  expires 2026-09-01 (in 78 days)  (blacklist.yaml:5)",
        "+ block   oNoReasonXXXXXXXXXXXXXXXXXXX  (blacklist.yaml:6)",
        "- unblock oDF3iY9WKs7Jx-4vHq2pZc0aNtLm  not in file",
        "- unblock oExpiredXXXXXXXXXXXXXXXXXXX  expired 2026-06-15  old  (blacklist.yaml:8)",
        "",
        "Plan: 2 to block, 2 to unblock, 1 unchanged.",
        "",
        "1 entry expires within the next 7 days; from 00:00 UTC on that date it is no longer blocked:",
        "  oSoonXXXXXXXXXXXXXXXXXXXXXXX  expires 2026-06-17 (in 2 days)  cool-off  (blacklist.yaml:7)",
        "",
      ],
    ],
    [
      "zh-CN",
      [
        "+ 拉黑     o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links (#142)  2026-09-01 到期（还有 78 天）  (blacklist.yaml:5)",
        "+ 拉黑     oNoReasonXXXXXXXXXXXXXXXXXXX  (blacklist.yaml:6)",
        "- 取消拉黑 oDF3iY9WKs7Jx-4vHq2pZc0aNtLm  不在文件中",
        "- 取消拉黑 oExpiredXXXXXXXXXXXXXXXXXXX  已于 2026-06-15 到期  old  (blacklist.yaml:8)",
        "",
        "计划：拉黑 2 个，取消拉黑 2 个，1 个不变。",
        "",
        "有 1 个用户将在 7 天内到期，自到期日 00:00 UTC 起不再拉黑：",
        "  oSoonXXXXXXXXXXXXXXXXXXXXXXX  2026-06-17 到期（还有 2 天）  cool-off  (blacklist.yaml:7)",
        "",
      ],
    ],
  ] as const)("%s: each change, its expiry, the totals and the week's expiries", (lang, lines) => {
    expect(renderPlanText(plan, { ...PLAIN, lang, notes })).toBe(lines.join("\n"));
  });

  it("without notes (a plan read back from a file) shows the date but no count of days", () => {
    const text = renderPlanText(plan, PLAIN);
    expect(text.split("\n")[0]).toBe(
      "+ block   o6_bmjrPTlm6_2sgVt7hMZOPfL2M  spam links (#142)  expires 2026-09-01  (blacklist.yaml:5)",
    );
    expect(text).not.toContain("within the next 7 days");
  });

  it("cuts the week's expiries after 100 lines unless --full", () => {
    const many = desiredState(
      Array.from({ length: 130 }, (_, i) => ({
        openid: openid("s", i),
        expires: i % 2 === 0 ? "2026-06-16" : "2026-06-22",
      })),
    );
    const bigNotes = planNotes(many, makePlan({ desired: many, live: [], now: NOW }), NOW);
    expect(bigNotes.expiring).toHaveLength(130);
    const cut = renderPlanText(makePlan({ desired: many, live: [], now: NOW }), {
      ...PLAIN,
      lang: "zh-CN",
      notes: bigNotes,
    });
    expect(cut).toContain("有 130 个用户将在 7 天内到期");
    expect(cut).toContain("  ……另有 30 个即将到期的用户未列出（--full 显示全部）");
    // By date, then openid: the 65 of 06-16 first.
    const listed = cut.split("\n").filter((l) => l.startsWith("  os"));
    expect(listed).toHaveLength(100);
    expect(listed[64]).toContain("2026-06-16");
    expect(listed[65]).toContain("2026-06-22");
  });

  it("a tripped guard is explained in the reader's language from the notes", () => {
    const tight = desiredState(["oA", "oB", "oC"], {
      guard: { max_block: { kind: "count", value: 1 } },
    });
    const tripped = makePlan({ desired: tight, live: [], now: NOW });
    const zh = renderPlanText(tripped, {
      ...PLAIN,
      lang: "zh-CN",
      notes: planNotes(tight, tripped, NOW),
    });
    expect(zh).toContain(
      "已触发安全上限：不加 --force，apply 将拒绝执行此计划。\n" +
        "  ! 将拉黑 3 个用户，超过安全上限 1 个（max_block）；请先检查计划，确认无误后加 --force 重新运行 apply\n",
    );
    expect(tripped.guard.reasons).toEqual([
      "3 entries would be blocked, over the guard of 1 (max_block); review the plan, then re-run apply with --force",
    ]);
    const forced = renderPlanText(tripped, { ...PLAIN, lang: "zh-CN", forced: true });
    expect(forced).toContain("已触发安全上限：因指定了 --force，仍继续执行。");
    // Without notes the English reasons are shown as they are.
    expect(forced).toContain("  ! 3 entries would be blocked");
  });

  it("the Chinese prefixes keep the openids aligned in a terminal (two columns per character)", () => {
    const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const zh = renderPlanText(plan, { ...PLAIN, lang: "zh-CN", notes }).split("\n");
    const starts = zh.slice(0, 4).map((line) => width(line.slice(0, line.indexOf(" o") + 1)));
    expect(new Set(starts).size).toBe(1);
  });
});
