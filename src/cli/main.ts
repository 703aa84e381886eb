import yargs from "yargs";
import { ExitCode, WxblError } from "../errors.js";
import { redact, registerEnvSecrets } from "../secrets.js";
import type { AnyCommand, GlobalOptions } from "./command.js";
import { processIo, type Io } from "./io.js";

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
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130); // a second Ctrl-C: stop now
    rawIo.stderr(
      "\nInterrupted: finishing the calls in flight, starting no new ones (Ctrl-C again to quit now).\n",
    );
    controller.abort();
  };
  if (ownIo) process.on("SIGINT", onSigint);
  registerEnvSecrets(rawIo.env);
  const safeIo: Io = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(redact(text)),
    stderr: (text) => rawIo.stderr(redact(text)),
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
        default: "blacklist.yaml",
        describe: "The desired-state file",
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
      .group(["file", "format", "color", "quiet", "verbose", "help"], "Global options:")
      .env(false)
      .strict()
      .demandCommand(1, "Name a command: wxbl --help lists them.")
      .recommendCommands()
      .exitProcess(false)
      .wrap(Math.min(100, process.stdout.columns || 100))
      .help()
      .version(false)
      .fail((message, error) => {
        throw error ?? new WxblError(`${message}\nSee: wxbl --help`, ExitCode.invalidInput);
      });
    for (const command of await loadCommands(argv)) {
      parser = parser.command(
        command.command as string,
        command.describe,
        command.builder as never,
        async (args) => {
          verbose = Boolean((args as unknown as GlobalOptions).verbose);
          exitCode = await command.run(args as never, safeIo);
        },
      );
    }
    let helpShown = false;
    await parser.parseAsync([...argv], {}, (_err, _args, output) => {
      if (output) {
        helpShown = true;
        safeIo.stdout(output.endsWith("\n") ? output : `${output}\n`);
      }
    });
    return helpShown ? ExitCode.ok : exitCode;
  } catch (error) {
    return reportError(error, safeIo, verbose);
  } finally {
    if (ownIo) process.off("SIGINT", onSigint);
  }
}

function reportError(error: unknown, io: Io, verbose: boolean): number {
  if (error instanceof WxblError) {
    io.stderr(`wxbl: ${error.message}\n`);
    if (verbose && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`wxbl: unexpected error: ${message}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr("Re-run with --verbose for details, and report it if it persists.\n");
  return ExitCode.failure;
}
