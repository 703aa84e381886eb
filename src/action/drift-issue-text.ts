import { t, type Lang } from "../i18n/index.js";
import { fitBody } from "./github-port.js";

/** The drift issue's title, body (the plan under a short explanation) and closing comment. */
export function driftIssueText(
  lang: Lang,
  input: { account: string | undefined; file: string; runUrl: string; now: Date; plan: string },
): { title: string; body: string; closeComment: string } {
  const title =
    input.account === undefined
      ? t(lang, "action.driftTitle")
      : t(lang, "action.driftTitleAccount", { account: input.account });
  const intro = t(lang, "action.driftBody", {
    file: input.file,
    runUrl: input.runUrl,
    date: input.now.toISOString().slice(0, 10),
  });
  return {
    title,
    body: fitBody(`${intro}\n\n${input.plan.trim()}\n`, t(lang, "action.cut")),
    closeComment: t(lang, "action.driftCloseComment", { file: input.file, runUrl: input.runUrl }),
  };
}
