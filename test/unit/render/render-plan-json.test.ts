import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/reconcile/plan.js";
import { renderPlanJson } from "../../../src/render/render-plan-json.js";
import { bigPlan, bulkPlan } from "../../support/plan-fixture.js";

describe("renderPlanJson", () => {
  it("writes the plan of SPEC section 3, one change per line", () => {
    const plan: Plan = {
      format: "wxbl-plan/1",
      summary: { block: 1, unblock: 2, unchanged: 3, unmanaged: 0, live: 5, desired: 4 },
      changes: [
        { action: "block", openid: "oA", reason: 'say "hi"\n', line: 14 },
        { action: "unblock", openid: "oE", why: "expired 2026-01-01", line: 9, reason: "r" },
        { action: "unblock", openid: "oZ", why: "not in file" },
      ],
      fingerprint: { file_sha256: "f".repeat(64), live_sha256: "e".repeat(64), appid: null },
      guard: { tripped: true, reasons: ["one", "two"] },
    };
    expect(renderPlanJson(plan)).toBe(
      [
        "{",
        '  "format": "wxbl-plan/1",',
        '  "summary": {"block": 1, "unblock": 2, "unchanged": 3, "unmanaged": 0, "live": 5, "desired": 4},',
        '  "changes": [',
        '    {"action": "block", "openid": "oA", "reason": "say \\"hi\\"\\n", "line": 14},',
        '    {"action": "unblock", "openid": "oE", "why": "expired 2026-01-01", "line": 9, "reason": "r"},',
        '    {"action": "unblock", "openid": "oZ", "why": "not in file"}',
        "  ],",
        `  "fingerprint": {"file_sha256": "${"f".repeat(64)}", "live_sha256": "${"e".repeat(64)}", "appid": null},`,
        '  "guard": {"tripped": true, "reasons": ["one", "two"]}',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("writes the same bytes whatever the key order of the object it is given", () => {
    const plan = bigPlan(2, 2, { reason: (i) => `r${i}`, tripped: true });
    const scrambled = JSON.parse(
      JSON.stringify(plan, (_key, value: unknown) =>
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Plan;
    expect(Object.keys(scrambled)[0]).toBe("guard");
    expect(renderPlanJson(scrambled)).toBe(renderPlanJson(plan));
  });

  it("writes an empty change list on one line", () => {
    expect(renderPlanJson(bigPlan(0, 0))).toContain('\n  "changes": [],\n');
  });

  it("writes a plan of 1M changes, one line each", () => {
    const json = renderPlanJson(bulkPlan(600_000, 400_000));
    let lines = 0;
    for (let i = json.indexOf("\n"); i >= 0; i = json.indexOf("\n", i + 1)) lines++;
    expect(lines).toBe(1_000_000 + 8);
    expect(json.endsWith('"reasons": []}\n}\n')).toBe(true);
  });
});
