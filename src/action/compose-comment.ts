import { t, type Lang } from "../i18n/index.js";
import { fitBody, GITHUB_BODY_LIMIT } from "./github-port.js";

/**
 * The body of the pull-request comment (under the hidden marker): the plan, or the failure in
 * its place, then the file diff folded away, then where it came from. The diff is dropped,
 * with a pointer to the run summary, when both would pass GitHub's limit.
 */
export function composeComment(
  lang: Lang,
  input: { kind: "plan" | "diff"; main: string; diff?: string; sha: string; runUrl: string },
): string {
  const main = input.main.trim() || t(lang, "action.noOutput");
  const footer = t(lang, input.kind === "plan" ? "action.footer" : "action.footerDiff", {
    sha: input.sha.slice(0, 7),
    runUrl: input.runUrl,
  });
  const diff = input.diff?.trim();
  const folded = diff
    ? `<details><summary>${t(lang, "action.diffSummary")}</summary>\n\n${diff}\n\n</details>`
    : "";
  const whole = [main, folded, footer].filter(Boolean).join("\n\n");
  if (whole.length < GITHUB_BODY_LIMIT - 1_000) return `${whole}\n`;
  const withoutDiff = [
    fitBody(main, t(lang, "action.cut")),
    diff ? t(lang, "action.diffTooLong") : "",
    footer,
  ]
    .filter(Boolean)
    .join("\n\n");
  return `${withoutDiff}\n`;
}

/** In place of the plan when the CLI failed: what failed, what the codes mean, the log's end. */
export function failureMarkdown(
  lang: Lang,
  input: { command: string; code: number; stderrTail: string },
): string {
  const tail = input.stderrTail.trimEnd().replaceAll("```", "'''");
  return [
    t(lang, "action.planFailedTitle", { command: input.command, code: input.code }),
    "",
    t(lang, "action.exitCodes"),
    "",
    "```",
    tail,
    "```",
    "",
  ].join("\n");
}
