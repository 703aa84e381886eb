import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parseSavedPlans } from "../../../src/cli/accounts/saved-plans.js";
import { MARKDOWN_LIMIT } from "../../../src/render/render-plan-markdown.js";
import { renderPlansJson } from "../../../src/render/render-plans-json.js";
import {
  renderPlansMarkdown,
  type AccountPlanSection,
} from "../../../src/render/render-plans-markdown.js";
import { renderReportsJson } from "../../../src/render/render-reports-json.js";
import { bigPlan, bulkPlan } from "../../support/plan-fixture.js";

const schema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../schema/${name}`, import.meta.url), "utf8")) as object;

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true });
  for (const other of ["plan.schema.json", "report.schema.json", "plans.schema.json"]) {
    if (other !== name) ajv.addSchema(schema(other));
  }
  return ajv.compile(schema(name));
}

describe("renderPlansJson (wxbl-plans/1)", () => {
  it("holds every account's plan as wxbl-plan/1 and the accounts without one; the schema accepts it", () => {
    const text = renderPlansJson(
      [
        { name: "main", plan: bigPlan(2, 1, { reason: (i) => `spam "${i}"\n` }) },
        { name: "shop-cn", plan: bigPlan(0, 0, { tripped: true }) },
      ],
      [{ name: "web", exitCode: 3, message: 'web.yaml is not valid: "quote it"' }],
    );
    const data = JSON.parse(text) as {
      accounts: Record<string, { changes: unknown[] }>;
      errors: object;
    };
    const validate = validator("plans.schema.json");
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(data.accounts)).toEqual(["main", "shop-cn"]);
    expect(data.accounts.main?.changes).toHaveLength(3);
    expect(data.errors).toEqual({
      web: { exit_code: 3, message: 'web.yaml is not valid: "quote it"' },
    });
    expect(parseSavedPlans("p.json", text).accounts.main).toEqual(
      bigPlan(2, 1, { reason: (i) => `spam "${i}"\n` }),
    );
  });

  it("is the same bytes for the same plans (no timestamp)", () => {
    const plans = [{ name: "main", plan: bigPlan(3, 3) }];
    expect(renderPlansJson(plans, [])).toBe(renderPlansJson(plans, []));
  });
});

describe("renderReportsJson (wxbl-reports/1)", () => {
  it("is accepted by the schema with and without errors", () => {
    const report = {
      format: "wxbl-report/1" as const,
      blocked: ["oAAAAA1"],
      unblocked: [],
      failed: [],
      remaining: { block: 2, unblock: 0 },
      calls: { block: 1, unblock: 0, total: 1 },
      verified: false,
      stopped: { reason: "quota" as const, message: "quota" },
      verification: null,
    };
    const validate = validator("reports.schema.json");
    for (const errors of [
      [],
      [{ name: "main", exitCode: 1, message: "apply did not finish cleanly" }],
    ]) {
      const data = JSON.parse(renderReportsJson([{ name: "main", report }], errors)) as unknown;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("renderPlansMarkdown (one comment, a section per account)", () => {
  const sections = (n: number, changes: number): AccountPlanSection[] =>
    Array.from({ length: n }, (_, i) => ({
      name: `account-${i + 1}`,
      file: `accounts/account-${i + 1}/blacklist.yaml`,
      plan: i % 3 === 0 ? bigPlan(0, 0) : bulkPlan(changes, changes),
    }));

  it.each([
    { accounts: 1, changes: 100_000 },
    { accounts: 10, changes: 10_000 },
    { accounts: 100, changes: 10_000 },
    { accounts: 2_000, changes: 10 },
  ])(
    "stays under the limit: $accounts accounts of $changes changes each",
    ({ accounts, changes }) => {
      const text = renderPlansMarkdown(sections(accounts, changes), { lang: "en" });
      expect(text.length).toBeLessThan(MARKDOWN_LIMIT);
      expect(text).toContain(`## wxbl plan: ${accounts} account`);
    },
  );

  it("lists every account in the table, and gives a section only to those with changes or errors", () => {
    const text = renderPlansMarkdown(
      [
        { name: "calm", file: "calm.yaml", plan: bigPlan(0, 0) },
        { name: "busy", file: "busy.yaml", plan: bigPlan(2, 1) },
        { name: "guarded", file: "guarded.yaml", plan: bigPlan(0, 0, { tripped: true }) },
        {
          name: "broken",
          file: "broken.yaml",
          error: { name: "broken", exitCode: 1, message: "stable_token failed: <b>40125</b>" },
        },
      ],
      { lang: "en" },
    );
    expect(text).toContain(
      "**2 to block, 1 to unblock** across 4 accounts; **1 without a plan** (see below).",
    );
    expect(text).toContain("| `calm` | `calm.yaml` | 0 | 0 | 1,000 | no changes |");
    expect(text).toContain("| `guarded` | `guarded.yaml` | 0 | 0 | 1,000 | **guard tripped** |");
    expect(text).toContain("| `broken` | `broken.yaml` | | | | **no plan** (exit 1) |");
    expect(text).not.toContain("## Account `calm`");
    expect(text).toContain("## Account `busy`\n\n### wxbl plan for `busy.yaml`");
    expect(text).toContain("## Account `guarded`");
    expect(text).toContain(
      "## Account `broken`\n\n> [!CAUTION]\n> **No result (exit 1):** stable\\_token failed: &lt;b&gt;40125&lt;/b&gt;",
    );
  });

  it("with many large plans, each section shows what fits and says where the rest is", () => {
    const text = renderPlansMarkdown(sections(100, 10_000), { lang: "en" });
    const shown = [...text.matchAll(/^## Account `account-\d+`$/gm)].length;
    const tooLong = [...text.matchAll(/do not fit in this comment/g)].length;
    expect(shown).toBe(66);
    expect(text).toContain("| `account-100` |");
    expect(shown - tooLong).toBeGreaterThan(0);
  });
});
