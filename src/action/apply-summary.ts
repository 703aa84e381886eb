import { formatCount } from "../i18n/format-number.js";
import { t, type Lang, type MessageKey } from "../i18n/index.js";

/** Failed changes listed in the summary; the rest are counted (all are in the report). */
const FAILURES_SHOWN = 100;

/** What an apply's exit code means to the one reading the run summary (SPEC 2, exit codes). */
const EXIT_MEANING: Record<number, MessageKey> = {
  1: "action.applyExit1",
  3: "action.applyExit3",
  4: "action.applyExit4",
};

interface ReportShape {
  blocked?: unknown[];
  unblocked?: unknown[];
  failed?: { openid?: string; action?: string; errcode?: number; line?: number }[];
  remaining?: { block?: number; unblock?: number };
  verified?: boolean;
}

/**
 * The outcome of `apply` (or `expire`) for the step summary: the exit code explained, then the
 * report as a table and the failed changes with their lines (SPEC 4's report). `reportText` is
 * undefined when no report was written (refused, invalid input).
 */
export function applySummary(
  lang: Lang,
  input: { command: "apply" | "expire"; code: number; reportText: string | undefined },
): string {
  const expire = input.command === "expire";
  const lines = [t(lang, expire ? "action.expireTitle" : "action.applyTitle"), ""];
  if (input.code === 0) lines.push(t(lang, expire ? "action.expireExit0" : "action.applyExit0"));
  else {
    const key = EXIT_MEANING[input.code];
    lines.push(
      key
        ? t(lang, key as "action.applyExit1")
        : t(lang, "action.applyExitOther", { code: input.code }),
    );
  }
  if (input.reportText === undefined) {
    lines.push("", t(lang, "action.noReport"));
    return `${lines.join("\n")}\n`;
  }
  let report: ReportShape;
  try {
    report = JSON.parse(input.reportText) as ReportShape;
  } catch {
    lines.push("", t(lang, "action.reportUnreadable"));
    return `${lines.join("\n")}\n`;
  }
  // A many-account report (SPEC 11) is summed: the table is the run's whole outcome.
  const reports: ReportShape[] =
    "accounts" in report && report.accounts && typeof report.accounts === "object"
      ? Object.values(report.accounts as Record<string, ReportShape>)
      : [report];
  const sum = (pick: (r: ReportShape) => number) =>
    formatCount(reports.reduce((total, r) => total + pick(r), 0));
  const length = (list: unknown[] | undefined) => (Array.isArray(list) ? list.length : 0);
  const verified = reports.every((r) => r.verified === true)
    ? t(lang, "action.yes")
    : reports.some((r) => r.verified === false)
      ? t(lang, "action.no")
      : t(lang, "action.notApplicable");
  lines.push(
    "",
    t(lang, "action.reportTable"),
    "| ---: | ---: | ---: | ---: | ---: | :---: |",
    `| ${sum((r) => length(r.blocked))} | ${sum((r) => length(r.unblocked))} | ${sum((r) => length(r.failed))} | ${sum((r) => r.remaining?.block ?? 0)} | ${sum((r) => r.remaining?.unblock ?? 0)} | ${verified} |`,
  );
  const failed = reports.flatMap((r) => (Array.isArray(r.failed) ? r.failed : []));
  if (failed.length > 0) {
    lines.push("", `<details><summary>${t(lang, "action.failedChanges")}</summary>`, "");
    lines.push(t(lang, "action.failedTable"), "| --- | --- | ---: | ---: |");
    for (const f of failed.slice(0, FAILURES_SHOWN)) {
      lines.push(
        `| ${cell(f.action)} | \`${cell(f.openid)}\` | ${f.errcode ?? ""} | ${f.line ?? ""} |`,
      );
    }
    if (failed.length > FAILURES_SHOWN) {
      lines.push(
        "",
        t(lang, "action.moreFailures", { count: formatCount(failed.length - FAILURES_SHOWN) }),
      );
    }
    lines.push("", "</details>");
  }
  lines.push("", t(lang, "action.reportArtifact"));
  return `${lines.join("\n")}\n`;
}

/** A report value in a table cell: ids and actions are plain, but the report is a file. */
function cell(value: unknown): string {
  return String(value ?? "")
    .replace(/[|`\r\n]/g, " ")
    .slice(0, 140);
}
