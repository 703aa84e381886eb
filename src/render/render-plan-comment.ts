import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { BODY_LIMIT, codeBlock, fitBody } from "./markdown.js";
import { clip, plainText } from "./plain-text.js";

export interface PlanCommentInput {
  /** The reader's language (SPEC 12): the Action's `lang` input. */
  lang: Lang;
  /** "plan": the plan, with the file diff folded under it; "diff": the file diff alone. */
  kind: "plan" | "diff";
  /**
   * What `wxbl plan` (or `diff`) `--format markdown` printed, already in `lang` and under
   * MARKDOWN_LIMIT; or, when it failed, `renderFailureMarkdown`'s text.
   */
  main: string;
  /** `wxbl diff --format markdown` as printed, folded under the plan. */
  diff?: string;
  /** The commit planned (a hex sha, shown shortened; GitHub links it). */
  sha?: string;
  /** The workflow run, linked from the footer. */
  runUrl?: string;
}

/** Characters of one log line shown in a failure (a 50 MB line stays a line). */
const MAX_LOG_LINE = 500;

/**
 * The body of the sticky pull-request comment (SPEC 8) under the Action's hidden marker: the
 * plan (or the failure in its place), the file diff folded away, and a footer naming the
 * commit and the run. Always within BODY_LIMIT: when the diff does not fit beside the plan, a
 * note points to the run summary instead. Pure: the Action posts what this returns.
 */
export function renderPlanComment(input: PlanCommentInput): string {
  const { lang } = input;
  const main = input.main.trim() || t(lang, "comment.noOutput");
  const sha = input.sha !== undefined && /^[0-9a-f]{7,64}$/i.test(input.sha) ? input.sha : "";
  const runUrl =
    input.runUrl !== undefined && /^https?:\/\/[^\s()<>]{1,1000}$/.test(input.runUrl)
      ? input.runUrl
      : "";
  const footer = t(lang, input.kind === "plan" ? "comment.footer" : "comment.footerDiff", {
    ...(sha === "" ? {} : { sha: sha.slice(0, 7) }),
    ...(runUrl === "" ? {} : { runUrl }),
  });
  const diff = input.diff?.trim() ?? "";
  const folded =
    diff === ""
      ? ""
      : `<details><summary>${t(lang, "comment.diff")}</summary>\n\n${diff}\n\n</details>`;
  const whole = [main, folded, footer].filter(Boolean).join("\n\n");
  if (whole.length + 1 <= BODY_LIMIT) return `${whole}\n`;
  const room = BODY_LIMIT - footer.length - 500; // the note on the diff and the blank lines
  const cut = t(lang, "comment.cut");
  const kept = main.length <= room ? main : `${main.slice(0, room - cut.length - 2)}\n\n${cut}`;
  return `${[kept, diff === "" ? "" : t(lang, "comment.diffTooLong"), footer].filter(Boolean).join("\n\n")}\n`;
}

/**
 * In place of the output of a command that failed (the comment, the run summary): what
 * failed, what the exit codes mean, and the end of what it said on stderr (control characters
 * shown as escapes) in a code block that nothing in it can close.
 */
export function renderFailureMarkdown(
  lang: Lang,
  input: { command: string; code: number; stderrTail: string },
): string {
  const log = input.stderrTail
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .map((line) => plainText(clip(line, MAX_LOG_LINE)))
    .join("\n");
  const parts = [
    t(lang, "comment.failed", { command: input.command, code: input.code }),
    t(lang, "comment.exitCodes"),
  ];
  if (log !== "") parts.push(codeBlock(log));
  return fitBody(`${parts.join("\n\n")}\n`, t(lang, "comment.cut"));
}
