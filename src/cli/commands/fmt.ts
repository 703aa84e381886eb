import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatDiagnostic } from "../../desired/diagnostic.js";
import { dropExpired } from "../../desired/drop-expired.js";
import { formatDesired } from "../../desired/format-desired.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode, InputError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { msg, say, type Message } from "../../i18n/message.js";
import { writeOutputFile } from "../write-output-file.js";
import { defineCommand } from "../command.js";

interface FmtArgs {
  check: boolean;
  "drop-expired": boolean;
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
      .option("drop-expired", {
        type: "boolean",
        default: false,
        describe:
          "Also remove the entries whose expiry has passed (from 00:00 UTC on their date), with their comments",
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
    const now = io.now?.() ?? new Date();
    const loaded = await loadDesired(args.file, { cwd: io.cwd, now });
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
    // 3. With --drop-expired, the expired entries go too.
    const expired = args.dropExpired
      ? await dropExpiredEntries(formatted.text, args.file, now)
      : { text: formatted.text, dropped: [] };
    const text = expired.text;
    const changed = text !== original;
    // 4. Report, or write.
    if (args.check) {
      const file = args.file;
      const count = expired.dropped.length;
      if (count > 0) io.stderr(`${t(args.lang, "moderation.expiredToDrop", { file, count })}\n`);
      else if (changed) io.stderr(`${say(args.lang, msg("cmd.fmt.notFormatted", { file }))}\n`);
      return changed ? ExitCode.failure : ExitCode.ok;
    }
    for (const note of formatted.merged) fileNote(note);
    for (const { openid, expires } of expired.dropped) {
      const note = t(args.lang, "moderation.droppedExpired", { file: args.file, openid, expires });
      if (!args.quiet) io.stderr(`${note}\n`);
    }
    if (changed) await writeOutputFile(io, args.file, text, msg("cmd.output.formatted"));
    if (!args.quiet)
      io.stderr(`${say(args.lang, msg("cmd.fmt.done", { file: args.file, changed }))}\n`);
    return ExitCode.ok;
  },
});

/** The formatted text without its expired entries (the BOM set aside for the edit). */
async function dropExpiredEntries(text: string, file: string, now: Date) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const result = await dropExpired(file, text.slice(bom.length), now);
  return { text: bom + result.text, dropped: result.dropped };
}
