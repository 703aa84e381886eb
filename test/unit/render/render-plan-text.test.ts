import { describe, expect, it } from "vitest";
import { makePlan } from "../../../src/reconcile/plan.js";
import { renderPlanText } from "../../../src/render/render-plan-text.js";
import { NOW, desiredState } from "../../support/desired-fixture.js";
import { bigPlan, openid } from "../../support/plan-fixture.js";

const PLAIN = { color: false, full: false, file: "blacklist.yaml" };
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
