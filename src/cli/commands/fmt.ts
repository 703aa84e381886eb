import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatDiagnostic } from "../../desired/diagnostic.js";
import { formatDesired } from "../../desired/format-desired.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode, InputError } from "../../errors.js";
import { msg, say, type Message } from "../../i18n/message.js";
import { writeOutputFile } from "../write-output-file.js";
import { defineCommand } from "../command.js";

interface FmtArgs {
  check: boolean;
}

export const fmtCommand = defineCommand<FmtArgs>({
  command: "fmt",
  describe: "Sort the users by openid and merge identical entries, keeping comments",
  builder: (yargs) =>
    yargs
      .option("check", {
        type: "boolean",
        default: false,
        describe: "Write nothing; exit 1 when the file is not formatted (for CI)",
      })
      .epilogue(
        "Users are sorted by openid (exact, case-sensitive order); an entry listed twice with the " +
          "same reason and expiry is merged into the first. The same openid with a different " +
          "reason or expiry is refused (exit 3, both lines named): fmt will not guess which " +
          "block you mean. Files with other errors are refused too: run wxbl validate. " +
          "The file is replaced atomically (a temporary file, then a rename).",
      ),
  run: async (args, io) => {
    const path = resolve(io.cwd, args.file);
    const fileNote = (note: Message) =>
      io.stderr(`${say(args.lang, msg("cmd.fileNote", { file: args.file, note }))}\n`);
    // 1. Check: every error but duplicates (which fmt resolves) stops here.
    const loaded = await loadDesired(args.file, { cwd: io.cwd, now: io.now?.() ?? new Date() });
    const blocking = loaded.diagnostics.filter(
      (d) => d.severity === "error" && d.rule !== "duplicate-openid",
    );
    if (blocking.length > 0) {
      for (const d of blocking) io.stderr(`${formatDiagnostic(d, args.lang)}\n`);
      throw new InputError(msg("cmd.fmt.hasErrors", { file: args.file, errors: blocking.length }));
    }
    // 2. Format.
    const original = await readFile(path, "utf8");
    const formatted = formatDesired(original);
    if (formatted.conflicts.length > 0) {
      for (const note of formatted.conflicts) fileNote(note);
      throw new InputError(msg("cmd.fmt.conflicts", { file: args.file }));
    }
    const changed = formatted.text !== original;
    // 3. Report, or write.
    if (args.check) {
      if (changed) {
        io.stderr(`${say(args.lang, msg("cmd.fmt.notFormatted", { file: args.file }))}\n`);
      }
      return changed ? ExitCode.failure : ExitCode.ok;
    }
    for (const note of formatted.merged) fileNote(note);
    if (changed) {
      await writeOutputFile(io, args.file, formatted.text, msg("cmd.output.formatted"));
    }
    if (!args.quiet)
      io.stderr(`${say(args.lang, msg("cmd.fmt.done", { file: args.file, changed }))}\n`);
    return ExitCode.ok;
  },
});
