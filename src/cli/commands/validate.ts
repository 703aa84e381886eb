import { diagnosticJson, formatDiagnostic } from "../../desired/diagnostic.js";
import { formatAnnotation } from "../../desired/github-annotation.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode } from "../../errors.js";
import { msg, say } from "../../i18n/message.js";
import { defineCommand } from "../command.js";

export const validateCommand = defineCommand({
  command: "validate",
  describe:
    "Check the desired-state file: schema, openids, duplicates, dates (no credentials needed)",
  builder: (yargs) =>
    yargs.epilogue(
      "Prints every problem as FILE:LINE:COL: error|warning: message on stdout, then a summary on " +
        "stderr. Exit 0 when there is no error (warnings allowed), 3 when there is one. " +
        "With GITHUB_ACTIONS=true it also prints workflow-command annotations, on stderr. " +
        "Text, markdown and annotations follow --lang; --format json is the same in every language.",
    ),
  run: async (args, io) => {
    const result = await loadDesired(args.file, { cwd: io.cwd, now: io.now?.() ?? new Date() });
    const { diagnostics } = result;
    const { lang } = args;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    if (args.format === "json") {
      // English messages whatever the language: JSON never changes with it (SPEC 12).
      const report = {
        file: args.file,
        errors,
        warnings,
        users: result.userCount,
        diagnostics: diagnostics.map(diagnosticJson),
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else if (args.format === "markdown") {
      const lines = diagnostics.map((d) =>
        say(
          lang,
          msg("desired.markdownLine", {
            where: `${d.file}:${d.line}:${d.column}`,
            severity: d.severity,
            message: d.text,
          }),
        ),
      );
      const none = say(lang, msg("desired.noProblems", { file: args.file }));
      io.stdout(`${lines.length > 0 ? lines.join("\n") : none}\n`);
    } else {
      for (const d of diagnostics) io.stdout(`${formatDiagnostic(d, lang)}\n`);
    }
    // GitHub's runner reads workflow commands from stderr as well as stdout, line by line: on
    // stderr (io.annotate's default) they never mix into the diagnostics asked for.
    if (io.env.GITHUB_ACTIONS === "true") {
      const annotate = io.annotate ?? io.stderr;
      for (const d of diagnostics) annotate(`${formatAnnotation(d, lang)}\n`);
    }
    if (!args.quiet || errors > 0) {
      const users = result.userCount;
      io.stderr(
        `${say(lang, msg("desired.summary", { file: args.file, errors, warnings, users }))}\n`,
      );
    }
    return errors > 0 ? ExitCode.invalidInput : ExitCode.ok;
  },
});
