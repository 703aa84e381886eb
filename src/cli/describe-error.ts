import { ExitCode, WxblError } from "../errors.js";
import { t, type Lang } from "../i18n/index.js";

/**
 * What the operator reads about an error that ends a command (or one account's part of it), in
 * their language, and its exit code: a WxblError's own sentence; anything else is unexpected,
 * with its stack only under --verbose.
 */
export function describeError(
  error: unknown,
  lang: Lang,
  verbose: boolean,
): { text: string; exitCode: number } {
  if (error instanceof WxblError) {
    const stack = verbose && error.stack ? `${error.stack}\n` : "";
    return {
      text: `${t(lang, "cli.error", { message: error.localized(lang) })}\n${stack}`,
      exitCode: error.exitCode,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail =
    verbose && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : `${t(lang, "cli.unexpectedHint")}\n`;
  return {
    text: `${t(lang, "cli.unexpected", { message })}\n${detail}`,
    exitCode: ExitCode.failure,
  };
}
