import type { ApplyReport } from "../reconcile/report.js";
import { renderErrors, type AccountError } from "./render-plans-json.js";

export const REPORTS_FORMAT = "wxbl-reports/1";

/**
 * What `wxbl apply` did on several accounts (SPEC 11), for `--report FILE` and `--format json`
 * with a wxbl.yaml, described by schema/reports.schema.json: each account's wxbl-report/1
 * report, in wxbl.yaml's order, and the accounts whose apply ended in an error.
 */
export function renderReportsJson(
  reports: readonly { name: string; report: ApplyReport }[],
  errors: readonly AccountError[],
): string {
  const accounts = reports.map(
    ({ name, report }) =>
      `    ${JSON.stringify(name)}: ${JSON.stringify(report, null, 2).replace(/\n/g, "\n    ")}`,
  );
  return [
    "{",
    `  "format": ${JSON.stringify(REPORTS_FORMAT)},`,
    accounts.length === 0 ? `  "accounts": {},` : `  "accounts": {\n${accounts.join(",\n")}\n  },`,
    `  "errors": ${renderErrors(errors, "  ")}`,
    "}",
    "",
  ].join("\n");
}
