import type { Lang } from "../i18n/lang.js";
import { say } from "../i18n/message.js";
import type { Diagnostic } from "./diagnostic.js";

/** GitHub's escaping of a workflow command's message. */
function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** GitHub's escaping of a workflow command's property (also `:` and `,`). */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * A diagnostic as a GitHub Actions workflow command (`::error file=…,line=…,col=…::…`), so
 * the problem shows on the pull request's changed line, in the reader's language (the command
 * and its properties are GitHub's and never change).
 */
export function formatAnnotation(d: Diagnostic, lang: Lang): string {
  const properties = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column}`;
  return `::${d.severity} ${properties}::${escapeData(say(lang, d.text))}`;
}
