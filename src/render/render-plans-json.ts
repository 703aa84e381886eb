import type { Plan } from "../reconcile/plan.js";
import { renderPlanJson } from "./render-plan-json.js";

export const PLANS_FORMAT = "wxbl-plans/1";

/** An account whose command ended in an error, as JSON shows it (English, like all JSON). */
export interface AccountError {
  name: string;
  exitCode: number;
  message: string;
}

/**
 * The plans of several accounts (SPEC 11), for `--format json` and `plan --out` with a
 * wxbl.yaml, described by schema/plans.schema.json:
 *
 *     {
 *       "format": "wxbl-plans/1",
 *       "accounts": {
 *         "main": { ...a wxbl-plan/1 plan, fingerprint included... }
 *       },
 *       "errors": {
 *         "shop": {"exit_code": 1, "message": "…"}
 *       }
 *     }
 *
 * Accounts in wxbl.yaml's order; each plan exactly as `renderPlanJson` writes it (one change a
 * line), indented. `errors` names every account that has no plan, and why.
 */
export function renderPlansJson(
  plans: readonly { name: string; plan: Plan }[],
  errors: readonly AccountError[],
): string {
  const accounts = plans.map(
    ({ name, plan }) =>
      `    ${JSON.stringify(name)}: ${renderPlanJson(plan).trimEnd().replace(/\n/g, "\n    ")}`,
  );
  return [
    "{",
    `  "format": ${JSON.stringify(PLANS_FORMAT)},`,
    accounts.length === 0 ? `  "accounts": {},` : `  "accounts": {\n${accounts.join(",\n")}\n  },`,
    `  "errors": ${renderErrors(errors, "  ")}`,
    "}",
    "",
  ].join("\n");
}

/** `{"name": {"exit_code": n, "message": "…"}, …}`, one account a line. */
export function renderErrors(errors: readonly AccountError[], indent: string): string {
  if (errors.length === 0) return "{}";
  const lines = errors.map(
    (e) =>
      `${indent}  ${JSON.stringify(e.name)}: {"exit_code": ${e.exitCode}, "message": ${JSON.stringify(e.message)}}`,
  );
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
