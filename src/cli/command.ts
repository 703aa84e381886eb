import type { ArgumentsCamelCase, Argv } from "yargs";
import type { Lang } from "../i18n/lang.js";
import type { Io } from "./io.js";

/** Flags every command takes (SPEC section 2, "Common flags"). */
export interface GlobalOptions {
  file: string;
  format: "text" | "json" | "markdown";
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  /** The reader's language (SPEC 12), resolved from --lang or the environment before run(). */
  lang: Lang;
  /** With a wxbl.yaml (SPEC 11): --account NAME, a string, or an array when repeated. */
  account?: string | string[];
  /** With a wxbl.yaml: every account. */
  all: boolean;
  /** With a wxbl.yaml: accounts worked on at once. */
  parallel: number;
  /** True when --file was on the command line (with a wxbl.yaml that is refused). */
  fileGiven: boolean;
}

/**
 * One CLI command: yargs wiring plus a `run` that returns the exit code.
 * `run` throws WxblError for operator-facing failures; it never calls process.exit.
 */
export interface CommandSpec<A> {
  command: string | readonly string[];
  describe: string;
  builder: (yargs: Argv<GlobalOptions>) => Argv<A>;
  run: (args: ArgumentsCamelCase<A & GlobalOptions>, io: Io) => Promise<number>;
}

/** Erases a command's argument type so commands can sit in one list. */
export interface AnyCommand {
  command: string | readonly string[];
  describe: string;
  builder: (yargs: Argv<GlobalOptions>) => Argv<unknown>;
  run: (args: never, io: Io) => Promise<number>;
}

export function defineCommand<A>(spec: CommandSpec<A>): AnyCommand {
  return spec as unknown as AnyCommand;
}

/** True when colour may be used on stdout: a terminal, no NO_COLOR, no --no-color. */
export function useColor(args: Pick<GlobalOptions, "color">, io: Io): boolean {
  return args.color && io.stdoutIsTTY && !io.env.NO_COLOR;
}
