import type { Lang } from "./i18n/lang.js";
import { say, type Message } from "./i18n/message.js";

/**
 * Exit codes (SPEC section 2) and the typed errors that commands throw.
 * Commands never call process.exit: only src/cli/main.ts turns these into exit codes.
 */
export const ExitCode = {
  /** Success; with --detailed-exitcode also "no changes". */
  ok: 0,
  /** Runtime failure: WeChat error, network, partial apply, quota exhausted. */
  failure: 1,
  /** `plan --detailed-exitcode` only: changes are pending. */
  changes: 2,
  /** Invalid input: the file, a flag, a saved plan that cannot be read. */
  invalidInput: 3,
  /** Refused for safety: guard tripped, stale saved plan, appid mismatch. */
  refused: 4,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error whose message is written for the operator: it names what failed and what to do next.
 * Given a catalogue Message it speaks the operator's language (SPEC 12): `message` is the English
 * text (logs, tests, JSON), `localized(lang)` what the CLI prints. A plain string is printed as is.
 */
export class WxblError extends Error {
  readonly text: Message | undefined;

  constructor(
    message: string | Message,
    readonly exitCode: ExitCodeValue,
    options?: { cause?: unknown },
  ) {
    super(typeof message === "string" ? message : say("en", message), options);
    this.text = typeof message === "string" ? undefined : message;
    this.name = new.target.name;
  }

  /** The message in `lang`. */
  localized(lang: Lang): string {
    return this.text === undefined ? this.message : say(lang, this.text);
  }
}

/** Exit 3: the file, a flag or a saved plan is not usable as given. */
export class InputError extends WxblError {
  constructor(message: string | Message, options?: { cause?: unknown }) {
    super(message, ExitCode.invalidInput, options);
  }
}

/** Exit 4: refused for safety (guard, stale plan, appid mismatch). */
export class RefusedError extends WxblError {
  constructor(message: string | Message, options?: { cause?: unknown }) {
    super(message, ExitCode.refused, options);
  }
}

/** Exit 1: the work could not be done (WeChat, network, partial apply). */
export class RuntimeFailure extends WxblError {
  constructor(message: string | Message, options?: { cause?: unknown }) {
    super(message, ExitCode.failure, options);
  }
}
