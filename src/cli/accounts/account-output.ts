import type { AccountConfig } from "../../accounts/account-config.js";
import type { GlobalOptions } from "../command.js";
import { describeError } from "../describe-error.js";
import type { Io } from "../io.js";

/** What starts every text line about an account (SPEC 11: output names the account). */
export function accountPrefix(name: string): string {
  return `[${name}] `;
}

/** `text` with `prefix` before each of its lines (an empty line gets the prefix, trimmed). */
export function prefixLines(text: string, prefix: string): string {
  if (text === "") return "";
  const ends = text.endsWith("\n");
  const lines = (ends ? text.slice(0, -1) : text).split("\n");
  const bare = prefix.trimEnd();
  return lines.map((line) => (line === "" ? bare : prefix + line)).join("\n") + (ends ? "\n" : "");
}

/**
 * The Io an account's work runs with: everything it writes to stderr (progress, warnings,
 * notes) has the account's name on each line, as it happens; it never prompts or draws a
 * progress bar (several accounts run at once), and it has no stdout of its own: the command
 * prints the accounts' results together, in wxbl.yaml's order.
 */
export function accountIo(io: Io, account: Pick<AccountConfig, "name">): Io {
  const prefix = accountPrefix(account.name);
  let atLineStart = true;
  const stderr = (text: string) => {
    if (text === "") return;
    let out = "";
    for (const piece of text.split(/(?<=\n)/)) {
      if (atLineStart && piece !== "\n") out += prefix;
      else if (atLineStart) out += prefix.trimEnd();
      out += piece;
      atLineStart = piece.endsWith("\n");
    }
    io.stderr(out);
  };
  return {
    ...io,
    stdout: stderr,
    stderr,
    interactive: false,
    confirm: async () => false,
  };
}

/** An account's error on stderr, each line naming the account. */
export function showAccountError(
  io: Io,
  args: Pick<GlobalOptions, "lang" | "verbose">,
  account: Pick<AccountConfig, "name">,
  error: unknown,
): void {
  io.stderr(
    prefixLines(describeError(error, args.lang, args.verbose).text, accountPrefix(account.name)),
  );
}
