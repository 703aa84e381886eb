import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { COMMENT_LIMIT, MARKDOWN_LIMIT, codeBlock, codeSpan } from "./markdown.js";
import { clip, plainText } from "./plain-text.js";

export interface PlanCommentInput {
  /** The reader's language (SPEC 12): the Action's `lang` input. */
  lang: Lang;
  /**
   * `wxbl plan --format markdown` as it printed it (already in `lang`, under MARKDOWN_LIMIT),
   * or, when plan failed, its exit code and what it said on stderr.
   */
  plan: { markdown: string } | { exitCode: number; stderr: string };
  /** `wxbl diff --format markdown` as it printed it, when it ran. */
  diff?: string;
  /** The commit planned (a hex sha, shown shortened). */
  sha?: string;
  /** The workflow run, linked from the footer. */
  runUrl?: string;
}

/** Lines of a failed plan's stderr shown in the comment (the end: where the error is). */
const LOG_LINES = 40;
const MAX_LOG_LINE = 500;

/**
 * The body of the sticky pull-request comment (SPEC 8): the plan against the live account,
 * the file diff folded away, and a footer naming the commit and the run. Always under
 * COMMENT_LIMIT: when the diff does not fit beside the plan, a note points to the run summary.
 * Pure: the Action posts what this returns.
 */
export function renderPlanComment(input: PlanCommentInput): string {
  const { lang } = input;
  const plan =
    "markdown" in input.plan ? planPart(input.plan.markdown, lang) : failure(input.plan, lang);
  const sha = input.sha !== undefined && /^[0-9a-f]{7,64}$/i.test(input.sha) ? input.sha : "";
  const run =
    input.runUrl !== undefined && /^https?:\/\/[^\s()<>]{1,1000}$/.test(input.runUrl)
      ? input.runUrl
      : "";
  const footer = t(lang, "comment.footer", {
    ...(sha === "" ? {} : { sha: codeSpan(sha.slice(0, 7)) }),
    ...(run === "" ? {} : { run }),
  });
  const diff = input.diff?.trim() ?? "";
  const diffSection =
    diff === ""
      ? ""
      : `<details><summary>${t(lang, "comment.diff")}</summary>\n\n${diff}\n\n</details>`;
  const whole = [plan, diffSection, footer].filter(Boolean).join("\n\n");
  if (whole.length + 1 <= COMMENT_LIMIT) return `${whole}\n`;
  return `${[plan, t(lang, "comment.diffTooLong"), footer].join("\n\n")}\n`;
}

/** The plan's markdown as printed; more than the plan renderer ever writes is cut. */
function planPart(markdown: string, lang: Lang): string {
  const text = markdown.trim();
  if (text === "") return t(lang, "comment.noOutput");
  return text.length <= MARKDOWN_LIMIT ? text : clip(text, MARKDOWN_LIMIT);
}

/**
 * A failed plan: what the exit codes mean, and the end of what it said (control characters
 * shown as escapes) in a code block nothing in it can close.
 */
function failure({ exitCode, stderr }: { exitCode: number; stderr: string }, lang: Lang): string {
  const log = stderr
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .slice(-LOG_LINES)
    .map((line) => plainText(clip(line, MAX_LOG_LINE)))
    .join("\n");
  const parts = [t(lang, "comment.planFailed", { exitCode }), t(lang, "comment.exitCodes")];
  if (log !== "") parts.push(codeBlock(log));
  return parts.join("\n\n");
}
