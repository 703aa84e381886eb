import { ACCOUNTS_FILE } from "../../accounts/account-config.js";
import { configDiagnostics } from "../../accounts/load-accounts-config.js";
import { combinedExitCode } from "../../accounts/run-per-account.js";
import {
  diagnosticJson,
  formatDiagnostic,
  makeDiagnostic,
  type Diagnostic,
} from "../../desired/diagnostic.js";
import { formatAnnotation } from "../../desired/github-annotation.js";
import { loadDesired } from "../../desired/load-desired.js";
import { ExitCode } from "../../errors.js";
import { msg, say, t, type Lang } from "../../i18n/index.js";
import { renderErrors } from "../../render/render-plans-json.js";
import type { GlobalOptions } from "../command.js";
import type { Io } from "../io.js";
import { accountPrefix, prefixLines } from "./account-output.js";
import { accountErrors } from "./plans-output.js";
import {
  chooseAccounts,
  runAccounts,
  type AccountsCommand,
  type AccountsContext,
} from "./run-accounts.js";

/** What validate found in one file. */
interface FileCheck {
  exitCode: number;
  file: string;
  diagnostics: Diagnostic[];
  users: number;
}

/**
 * `wxbl validate` with a wxbl.yaml (SPEC 11): 1. wxbl.yaml itself (its problems are the output
 * when it has any: nothing else can be known); 2. each account's file, with the rule that it
 * names its account (`appid:`); 3. the diagnostics, naming the account on every text line, a
 * section each in markdown, by account in JSON; 4. exit 3 when any file has an error.
 */
export const validateAccounts = (async (args: GlobalOptions, io: Io, context: AccountsContext) => {
  const now = io.now?.() ?? new Date();
  // 1. wxbl.yaml.
  if (!context.check.ok) {
    const config = fileCheck(ACCOUNTS_FILE, configDiagnostics(context.check.findings), 0);
    io.stdout(render(config, [], args));
    annotate([config], args, io);
    io.stderr(
      `${ACCOUNTS_FILE}: ${t(args.lang, "accounts.validate.configInvalid", { errors: config.diagnostics.length })}\n`,
    );
    return ExitCode.invalidInput;
  }
  const accounts = chooseAccounts("validate", args, io, context, { credentials: false });
  // 2. Each account's file.
  const outcomes = await runAccounts(accounts, args, io, async (account) => {
    const result = await loadDesired(account.file, { cwd: io.cwd, now });
    const diagnostics = [...result.diagnostics];
    if (result.state !== undefined && result.state.appid === undefined) {
      const noAppid = msg("accounts.file.noAppid", { account: account.name, file: account.file });
      diagnostics.unshift(makeDiagnostic(account.file, 1, 1, "error", noAppid));
    }
    return fileCheck(account.file, diagnostics, result.userCount);
  });
  // 3. Print.
  const config = fileCheck(ACCOUNTS_FILE, [], 0);
  const checked = outcomes.flatMap((o) =>
    o.value ? [{ name: o.account.name, check: o.value }] : [],
  );
  io.stdout(render(config, checked, args, accountErrors(outcomes)));
  annotate(
    checked.map((c) => c.check),
    args,
    io,
  );
  for (const { name, check } of checked) {
    if (args.quiet && check.exitCode === ExitCode.ok) continue;
    io.stderr(`${accountPrefix(name)}${summary(check, args.lang)}\n`);
  }
  // 4. Exit.
  return combinedExitCode(outcomes.map((o) => o.exitCode));
}) as AccountsCommand;

function fileCheck(file: string, diagnostics: Diagnostic[], users: number): FileCheck {
  const errors = diagnostics.some((d) => d.severity === "error");
  return { exitCode: errors ? ExitCode.invalidInput : ExitCode.ok, file, diagnostics, users };
}

function render(
  config: FileCheck,
  checked: readonly { name: string; check: FileCheck }[],
  args: Pick<GlobalOptions, "format" | "lang">,
  errors: ReturnType<typeof accountErrors> = [],
): string {
  if (args.format === "json") {
    const counts = (c: FileCheck) => {
      const errorCount = c.diagnostics.filter((d) => d.severity === "error").length;
      return { file: c.file, errors: errorCount, warnings: c.diagnostics.length - errorCount };
    };
    const lines = checked.map(
      ({ name, check }) =>
        `    ${JSON.stringify(name)}: ${JSON.stringify({ ...counts(check), users: check.users, diagnostics: check.diagnostics.map(diagnosticJson) })}`,
    );
    return [
      "{",
      `  "config": ${JSON.stringify({ ...counts(config), diagnostics: config.diagnostics.map(diagnosticJson) })},`,
      lines.length === 0 ? `  "accounts": {},` : `  "accounts": {\n${lines.join(",\n")}\n  },`,
      `  "errors": ${renderErrors(errors, "  ")}`,
      "}",
      "",
    ].join("\n");
  }
  if (args.format === "markdown") {
    const section = (title: string, c: FileCheck) => {
      const lines = c.diagnostics.map((d) =>
        t(args.lang, "desired.markdownLine", {
          where: `${d.file}:${d.line}:${d.column}`,
          severity: d.severity,
          message: say(args.lang, d.text),
        }),
      );
      const body =
        lines.length > 0 ? lines.join("\n") : t(args.lang, "desired.noProblems", { file: c.file });
      return `${title}\n\n${body}\n\n`;
    };
    if (checked.length === 0) return section(`## ${ACCOUNTS_FILE}`, config);
    return checked
      .map(({ name, check }) =>
        section(t(args.lang, "accounts.md.section", { account: name }), check),
      )
      .join("");
  }
  const text = (c: FileCheck) =>
    c.diagnostics.map((d) => `${formatDiagnostic(d, args.lang)}\n`).join("");
  if (checked.length === 0) return text(config);
  return checked.map(({ name, check }) => prefixLines(text(check), accountPrefix(name))).join("");
}

/**
 * GitHub annotations on the files' lines (workflow commands: never prefixed), with text output
 * only: with --format json or markdown, stdout holds exactly that format.
 */
function annotate(
  checks: readonly FileCheck[],
  args: Pick<GlobalOptions, "format" | "lang">,
  io: Io,
): void {
  if (io.env.GITHUB_ACTIONS !== "true" || args.format !== "text") return;
  for (const check of checks)
    for (const d of check.diagnostics) io.stdout(`${formatAnnotation(d, args.lang)}\n`);
}

function summary(check: FileCheck, lang: Lang): string {
  const errors = check.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = check.diagnostics.length - errors;
  return t(lang, "desired.summary", { file: check.file, errors, warnings, users: check.users });
}
