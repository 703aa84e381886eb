// Writes the outcome of `wxbl apply` as markdown for the step summary (apply.yml), from the
// --report JSON (SPEC section 4) and the exit code. Usage: node apply-summary.mjs REPORT.json
// Env: EXIT_CODE (the apply step's exit code; empty when the step never ran).
import { existsSync, readFileSync } from "node:fs";

// What each exit code means for an apply (SPEC section 2, "Exit codes").
const MEANING = {
  0: "Applied: the live blacklist matches blacklist.yaml.",
  1: "Failed or partial: a WeChat or network error, an exhausted quota, or a live list that did not verify. Re-running picks up what remains.",
  3: "Invalid input: blacklist.yaml, a flag or the credentials are not usable. Nothing was changed.",
  4: "Refused for safety: a guard tripped or the appid does not match. Nothing was changed; review the plan, then run the Apply workflow by hand with the force input ticked if the change is intended.",
};

const reportPath = process.argv[2] ?? "wxbl-report.json";
const code = process.env.EXIT_CODE ?? "";
const lines = ["## wxbl apply", ""];
lines.push(
  code === ""
    ? "The apply step did not run (an earlier step failed or the run was cancelled)."
    : `Exit ${code}: ${MEANING[code] ?? "unexpected exit code; see the log."}`,
);

let report;
if (existsSync(reportPath)) {
  try {
    report = JSON.parse(readFileSync(reportPath, "utf8"));
  } catch {
    lines.push("", `The report ${reportPath} could not be read as JSON.`);
  }
} else if (code !== "") {
  lines.push("", "No report was written.");
}

if (report) {
  const count = (list) => (Array.isArray(list) ? list.length : 0);
  const remaining = report.remaining ?? {};
  lines.push(
    "",
    "| blocked | unblocked | failed | remaining to block | remaining to unblock | verified |",
    "| ---: | ---: | ---: | ---: | ---: | :---: |",
    `| ${count(report.blocked)} | ${count(report.unblocked)} | ${count(report.failed)} | ${remaining.block ?? 0} | ${remaining.unblock ?? 0} | ${report.verified === true ? "yes" : report.verified === false ? "**no**" : "n/a"} |`,
  );
  const failed = Array.isArray(report.failed) ? report.failed : [];
  if (failed.length > 0) {
    const shown = failed.slice(0, 100);
    lines.push("", "<details><summary>Failed changes</summary>", "");
    lines.push("| action | openid | errcode | line |", "| --- | --- | ---: | ---: |");
    for (const f of shown) {
      lines.push(`| ${f.action} | \`${f.openid}\` | ${f.errcode ?? ""} | ${f.line ?? ""} |`);
    }
    if (failed.length > shown.length)
      lines.push("", `…and ${failed.length - shown.length} more in the report artifact.`);
    lines.push("", "</details>");
  }
  lines.push("", "The full report is attached to this run as the `wxbl-report-…` artifact.");
}
process.stdout.write(`${lines.join("\n")}\n`);
