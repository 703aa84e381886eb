import { formatDiagnostic } from "../../desired/diagnostic.js";
import { formatAnnotation } from "../../desired/github-annotation.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode } from "../../errors.js";
import { defineCommand } from "../command.js";

export const validateCommand = defineCommand({
  command: "validate",
  describe:
    "Check the desired-state file: schema, openids, duplicates, dates (no credentials needed)",
  builder: (yargs) =>
    yargs.epilogue(
      "Prints every problem as FILE:LINE:COL: error|warning: message on stdout, then a summary on " +
        "stderr. Exit 0 when there is no error (warnings allowed), 3 when there is one. " +
        "With GITHUB_ACTIONS=true it also prints workflow-command annotations, on stderr.",
    ),
  run: async (args, io) => {
    const result = await loadDesired(args.file, { cwd: io.cwd, now: io.now?.() ?? new Date() });
    const { diagnostics } = result;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    if (args.format === "json") {
      const report = { file: args.file, errors, warnings, users: result.userCount, diagnostics };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else if (args.format === "markdown") {
      const lines = diagnostics.map(
        (d) => `- **${d.severity}** \`${d.file}:${d.line}:${d.column}\`: ${d.message}`,
      );
      io.stdout(lines.length > 0 ? `${lines.join("\n")}\n` : `No problems in \`${args.file}\`.\n`);
    } else {
      for (const d of diagnostics) io.stdout(`${formatDiagnostic(d)}\n`);
    }
    // GitHub's runner reads workflow commands from stderr as well as stdout, line by line: on
    // stderr (io.annotate's default) they never mix into the diagnostics asked for.
    if (io.env.GITHUB_ACTIONS === "true") {
      const annotate = io.annotate ?? io.stderr;
      for (const d of diagnostics) annotate(`${formatAnnotation(d)}\n`);
    }
    if (!args.quiet || errors > 0) {
      io.stderr(`${args.file}: ${summary(errors, warnings, result.userCount)}\n`);
    }
    return errors > 0 ? ExitCode.invalidInput : ExitCode.ok;
  },
});

function summary(errors: number, warnings: number, users: number): string {
  const count = (n: number, word: string) =>
    `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  return `${count(errors, "error")}, ${count(warnings, "warning")}, ${count(users, "user")}`;
}
