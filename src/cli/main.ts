import yargs from "yargs";
import { ExitCode, WxblError } from "../errors.js";
import { describeError } from "./describe-error.js";
import { LANGS, langFlagIn, resolveLang, t, type Lang } from "../i18n/index.js";
import { redact, registerEnvSecrets } from "../secrets.js";
import { wxblVersion } from "../version.js";
import type { AnyCommand, GlobalOptions } from "./command.js";
import { processIo, type Io } from "./io.js";
import { DEFAULT_FILE, DEFAULT_PARALLEL, runCommand } from "./run-command.js";

/**
 * The commands, each loaded only when it runs: `wxbl plan` should be talking to WeChat before
 * it has loaded the sandbox, the formatter or the git diff. `wxbl --help` loads them all.
 */
const commandLoaders: Readonly<Record<string, () => Promise<AnyCommand>>> = {
  validate: async () => (await import("./commands/validate.js")).validateCommand,
  plan: async () => (await import("./commands/plan.js")).planCommand,
  apply: async () => (await import("./commands/apply.js")).applyCommand,
  export: async () => (await import("./commands/export.js")).exportCommand,
  diff: async () => (await import("./commands/diff.js")).diffCommand,
  fmt: async () => (await import("./commands/fmt.js")).fmtCommand,
  sandbox: async () => (await import("./commands/sandbox.js")).sandboxCommand,
  init: async () => (await import("./commands/init.js")).initCommand,
  block: async () => (await import("./commands/block.js")).blockCommand,
  unblock: async () => (await import("./commands/unblock.js")).unblockCommand,
};

/** The command named on the command line (the first word that is not a flag), or all of them. */
async function loadCommands(argv: readonly string[]): Promise<AnyCommand[]> {
  const named = argv.find((word) => !word.startsWith("-"));
  const load = named === undefined ? undefined : commandLoaders[named];
  if (load && Object.hasOwn(commandLoaders, named as string)) return [await load()];
  return Promise.all(Object.values(commandLoaders).map((loadOne) => loadOne()));
}

/**
 * Runs the CLI and resolves to the exit code. The only place that turns errors into exit
 * codes and messages; `bin/wxbl.js` sets process.exitCode from the result.
 */
export async function main(argv: readonly string[], io?: Io): Promise<number> {
  const controller = new AbortController();
  const ownIo = io === undefined;
  const rawIo = io ?? processIo(controller.signal);
  // The language of what the operator reads (SPEC 12): --lang, else the environment. Read from
  // argv before yargs so that its own errors, and a Ctrl-C during paging, are in it too.
  const lang: Lang = resolveLang(langFlagIn(argv), rawIo.env);
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130); // a second Ctrl-C: stop now
    rawIo.stderr(t(lang, "cli.interrupted"));
    controller.abort();
  };
  if (ownIo) process.on("SIGINT", onSigint);
  registerEnvSecrets(rawIo.env);
  const safeIo: Io = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(redact(text)),
    stderr: (text) => rawIo.stderr(redact(text)),
    annotate: (line) => (rawIo.annotate ?? rawIo.stderr)(redact(line)),
  };
  let verbose = argv.includes("--verbose");
  try {
    let exitCode: number = ExitCode.ok;
    let parser = yargs([...argv])
      .scriptName("wxbl")
      .usage("$0 <command> [options]\n\nKeep a WeChat Official Account's user blacklist in Git.")
      .option("file", {
        alias: "f",
        type: "string",
        // No yargs default: with a wxbl.yaml a given --file is refused, so it must be told apart
        // from the default (set in the handler).
        defaultDescription: DEFAULT_FILE,
        describe: "The desired-state file (one account; wxbl.yaml names each account's file)",
        global: true,
      })
      .option("format", {
        choices: ["text", "json", "markdown"] as const,
        default: "text" as const,
        describe: "Output format (markdown for pull-request comments, json for scripts)",
        global: true,
      })
      .option("color", {
        type: "boolean",
        default: true,
        describe: "Colour on a terminal (--no-color or NO_COLOR turn it off)",
        global: true,
      })
      .option("quiet", {
        alias: "q",
        type: "boolean",
        default: false,
        describe: "Only errors on stderr",
        global: true,
      })
      .option("verbose", {
        type: "boolean",
        default: false,
        describe: "More detail on stderr, and stack traces for unexpected errors",
        global: true,
      })
      .option("lang", {
        choices: LANGS,
        describe:
          "Language of what you read: diagnostics, plans, summaries, errors (default: WXBL_LANG, " +
          "then LC_ALL, LC_MESSAGES, LANG; zh* is zh-CN). JSON, flags and exit codes never change",
        global: true,
      })
      .option("account", {
        type: "string",
        describe:
          "With a wxbl.yaml: work on this account only; repeat for several (apply needs it, or --all)",
        global: true,
      })
      .option("all", {
        type: "boolean",
        default: false,
        describe: "With a wxbl.yaml: every account (what apply needs to touch them all)",
        global: true,
      })
      .option("parallel", {
        type: "number",
        default: DEFAULT_PARALLEL,
        describe: "With a wxbl.yaml: accounts worked on at once",
        global: true,
      })
      .group(
        [
          "file",
          "format",
          "color",
          "quiet",
          "verbose",
          "lang",
          "account",
          "all",
          "parallel",
          "help",
        ],
        "Global options:",
      )
      .env(false)
      // --help and flags never change with the language (SPEC 12): keep yargs' own words English
      // whatever LANG says.
      .locale("en")
      .strict()
      .demandCommand(1, t(lang, "cli.nameACommand"))
      .recommendCommands()
      .exitProcess(false)
      .wrap(Math.min(100, process.stdout.columns || 100))
      .help()
      // The bare version (SPEC 2). bin/wxbl.js answers a lone --version without loading this.
      .version(wxblVersion())
      .fail((message, error) => {
        throw error ?? new WxblError(t(lang, "cli.usageError", { message }), ExitCode.invalidInput);
      });
    for (const command of await loadCommands(argv)) {
      parser = parser.command(
        command.command as string,
        command.describe,
        command.builder as never,
        async (args) => {
          const options = args as unknown as GlobalOptions;
          verbose = Boolean(options.verbose);
          // --lang absent: yargs skips coerce, so resolve from the environment here.
          options.lang = resolveLang(options.lang, rawIo.env);
          options.fileGiven = options.file !== undefined;
          options.file ??= DEFAULT_FILE;
          exitCode = await runCommand(command, options, safeIo);
        },
      );
    }
    skipHelpCache(parser);
    let helpShown = false;
    await parser.parseAsync([...argv], {}, (_err, _args, output) => {
      if (output) {
        helpShown = true;
        safeIo.stdout(output.endsWith("\n") ? output : `${output}\n`);
      }
    });
    return helpShown ? ExitCode.ok : exitCode;
  } catch (error) {
    return reportError(error, safeIo, verbose, lang);
  } finally {
    if (ownIo) process.off("SIGINT", onSigint);
  }
}

/**
 * yargs renders a command's whole help text every time it runs one, to cache it for a
 * showHelp() inside the handler, which wxbl never calls: cliui and string-width then took
 * about a third of `wxbl validate`'s start-up. Help on request and on errors is unchanged.
 */
function skipHelpCache(parser: unknown): void {
  const internal = parser as {
    getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  };
  const usage = internal.getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage) usage.cacheHelpMessage = () => {};
}

function reportError(error: unknown, io: Io, verbose: boolean, lang: Lang): number {
  const { text, exitCode } = describeError(error, lang, verbose);
  io.stderr(text);
  return exitCode;
}
