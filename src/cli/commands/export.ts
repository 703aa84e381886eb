import { InputError } from "../../errors.js";
import { msg, say } from "../../i18n/message.js";
import { CREDENTIAL_VARIABLES } from "../../wechat/credentials.js";
import { defineCommand } from "../command.js";
import { exportLive } from "../export-live.js";
import { writeOutputFile } from "../write-output-file.js";

interface ExportArgs {
  out?: string;
}

/**
 * `wxbl export [--out F]`: how an operator adopts an existing blacklist. 1. read the live list
 * and render it as a desired-state file whose plan is empty, 2. write it (stdout or --out).
 */
export const exportCommand = defineCommand<ExportArgs>({
  command: "export",
  describe: "Write the live blacklist as a desired-state file (to adopt an existing blacklist)",
  builder: (yargs) =>
    yargs
      .option("out", {
        alias: "o",
        type: "string",
        describe: "Write the file here (atomically) instead of to stdout",
      })
      .epilog(`Credentials from the environment: ${CREDENTIAL_VARIABLES}.`),
  run: async (args, io) => {
    // stdout holds exactly the format asked for: the file is YAML, never JSON or markdown.
    if (args.out === undefined && args.format !== "text") {
      throw new InputError(msg("export.formatOnStdout", { format: args.format }));
    }
    // 1. read and render
    const exported = await exportLive(io, args);
    // 2. write
    if (args.out === undefined) {
      io.stdout(exported.text);
    } else {
      await writeOutputFile(io, args.out, exported.text, msg("cmd.output.exported"));
    }
    if (!args.quiet) {
      const done = msg("cmd.export.done", {
        count: exported.count,
        pages: exported.pages,
        ...(args.out === undefined ? {} : { out: args.out }),
      });
      io.stderr(`${say(args.lang, done)}\n`);
    }
    return 0;
  },
});
