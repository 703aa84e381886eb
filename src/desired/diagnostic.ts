import type { Lang } from "../i18n/lang.js";
import { msg, say, type Message } from "../i18n/message.js";

/** One problem found in a desired-state file. Line and column are 1-based. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  /** In English, whatever the reader's language: `validate --format json` and logs keep it. */
  message: string;
  /** The same sentence, to be said in the reader's language (SPEC 12). */
  text: Message;
  /** Which rule found it, for tools that treat some rules apart (fmt merges duplicates). */
  rule?: "duplicate-openid";
}

/** A diagnostic of `file` whose English message is said from its text. */
export function makeDiagnostic(
  file: string,
  line: number,
  column: number,
  severity: Diagnostic["severity"],
  text: Message,
): Diagnostic {
  return { file, line, column, severity, message: say("en", text), text };
}

/**
 * `file:line:column: severity: message`, the form editors and CI logs understand, in the
 * reader's language (file, line and column as they are).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const { file, line, column, severity } = d;
  return say(lang, msg("desired.line", { file, line, column, severity, message: d.text }));
}

/** The fields `validate --format json` prints, in their stable order (never the language's). */
export function diagnosticJson(d: Diagnostic): Omit<Diagnostic, "text"> {
  const { file, line, column, severity, message, rule } = d;
  return { file, line, column, severity, message, ...(rule === undefined ? {} : { rule }) };
}
