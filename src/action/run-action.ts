import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAccountsConfig } from "../accounts/load-accounts-config.js";
import { ExitCode, WxblError } from "../errors.js";
import { resolveLang, t, type Lang } from "../i18n/index.js";
import { redact, registerSecret } from "../secrets.js";
import {
  readActionInputs,
  SECRET_INPUTS,
  type ActionInputs,
  type CliCommand,
} from "./action-inputs.js";
import { describeChoice } from "./account-matrix.js";
import { accountsCommand, planNoAccount, pullRequestAccounts } from "./accounts-command.js";
import { applySummary } from "./apply-summary.js";
import { cliArgv } from "./cli-argv.js";
import { cliEnv } from "./cli-env.js";
import type { ActionRuntime } from "./action-runtime.js";
import { renderFailureMarkdown } from "../render/render-plan-comment.js";
import { publishResult } from "./publish-result.js";
import { pullRequestOf } from "./pull-request.js";
import { runCli } from "./run-cli.js";

/** Exit codes that are not a failure of the step (SPEC 9): 2 means "changes" for a plan. */
const PASSING: Record<CliCommand, readonly number[]> = {
  validate: [0],
  plan: [0, 2],
  drift: [0, 2],
  apply: [0],
  expire: [0],
  diff: [0],
};

/**
 * The Action (SPEC 9), in steps: 1. mask the secret inputs, before anything is printed;
 * 2. read the inputs (`accounts` only lists wxbl.yaml's accounts for a matrix and ends there;
 * a pull request's plan of several accounts covers those it changes, SPEC 11); 3. run the CLI
 * in this process (the same engine as `wxbl`); 4. write the markdown, the summary, the comment
 * or the drift issue; 5. set the outputs; 6. fail the step on any exit code but 0 (and 2 for
 * plan and drift).
 */
export async function runAction(rt: ActionRuntime): Promise<void> {
  // 1. Mask.
  for (const name of SECRET_INPUTS) {
    const value = rt.getInput(name);
    if (value) {
      rt.setSecret(value);
      registerSecret(value);
    }
  }
  let lang: Lang = resolveLang(rt.getInput("lang") || undefined, rt.env);
  try {
    // 2. Inputs.
    const read = readActionInputs(rt.getInput);
    lang = resolveLang(read.lang, rt.env);
    const pullRequest = pullRequestOf(rt.event.payload);
    const temp = rt.env.RUNNER_TEMP || tmpdir();
    const stem = `wxbl-${read.command}${read.account === undefined ? "" : `-${fileSafe(read.account)}`}`;
    const reportPath = join(temp, `${stem}-report.json`);
    const markdownPath = join(temp, `${stem}.md`);
    // wxbl.yaml, read once for the whole run (undefined: none, one account).
    const check = await readAccountsConfig(rt.cwd);
    const config = check?.ok ? check.config : undefined;
    if (read.command === "accounts") {
      return await accountsCommand(rt, { ...read, lang }, pullRequest, markdownPath, check);
    }
    // A pull request's plan in a repository of several accounts: the accounts it changes.
    const narrowed = await pullRequestAccounts(rt, read, pullRequest, check);
    if (narrowed) rt.info(describeChoice(lang, narrowed.choice, narrowed.config));
    if (narrowed && pullRequest && narrowed.choice.accounts.length === 0) {
      const inputs = { ...read, lang };
      return await planNoAccount(rt, {
        inputs,
        pullRequest,
        config: narrowed.config,
        markdownPath,
      });
    }
    const inputs: ActionInputs & { command: CliCommand } = {
      ...read,
      command: read.command,
      lang,
      ...(narrowed && { accounts: narrowed.choice.accounts.map((a) => a.name) }),
    };
    const argv = cliArgv(inputs, { pullRequest, reportPath });
    const env = cliEnv(inputs, rt.env, config);
    const cli = (words: readonly string[]) =>
      runCli(words, { env, cwd: rt.cwd, signal: rt.signal, log: rt.write });

    // 3. Run.
    rt.info(t(lang, "action.running", { argv: argv.join(" ") }));
    const run = await rt.inert(() => cli(argv));
    const passed = PASSING[inputs.command].includes(run.code);

    // 4. Markdown, summary, comment, issue.
    let markdown: string;
    let changes = false;
    let report = "";
    if (inputs.command === "validate") {
      rt.write(run.stdout); // the diagnostics
      rt.write(run.annotations); // outside stop-commands: GitHub shows them on the lines
      markdown = passed ? run.stdout : renderFailureMarkdown(lang, { command: "validate", ...run });
    } else if (inputs.command === "apply" || inputs.command === "expire") {
      await rt.inert(async () => rt.write(run.stdout));
      const reportText = existsSync(reportPath) ? readFileSync(reportPath, "utf8") : undefined;
      report = reportText === undefined ? "" : reportPath;
      changes = reportText !== undefined && appliedSomething(reportText);
      markdown = applySummary(lang, { command: inputs.command, code: run.code, reportText });
      if (run.code === ExitCode.invalidInput && reportText === undefined) {
        markdown += `\n${renderFailureMarkdown(lang, { command: inputs.command, ...run })}`;
      }
    } else {
      // Several accounts' plans show each account's failure in its own section.
      const shown = passed || (narrowed !== undefined && run.stdout.trim() !== "");
      markdown = shown
        ? run.stdout
        : renderFailureMarkdown(lang, { command: inputs.command, ...run });
      changes =
        inputs.command === "diff"
          ? passed && (await diffHasChanges(cli, argv))
          : run.code === ExitCode.changes;
    }
    markdown = redact(markdown);
    await writeFile(markdownPath, markdown);
    if (inputs.command !== "validate" || !passed) await rt.appendSummary(markdown);
    await publishResult(rt, {
      inputs,
      lang,
      code: run.code,
      markdown,
      pullRequest,
      cli,
      config,
    });

    // 5. Outputs.
    rt.setOutput("exit-code", String(run.code));
    rt.setOutput("changes", String(changes));
    rt.setOutput("markdown", markdownPath);
    rt.setOutput("report", report);

    // 6. The step's verdict.
    if (!passed)
      rt.setFailed(t(lang, "action.stepFailed", { command: inputs.command, code: run.code }));
  } catch (error) {
    // Bad inputs, a GitHub call that failed: the message is for the operator, never a stack.
    const text = error instanceof WxblError ? error.localized(lang) : (error as Error).message;
    rt.setOutput(
      "exit-code",
      String(error instanceof WxblError ? error.exitCode : ExitCode.failure),
    );
    rt.setFailed(redact(text));
  }
}

/** An account name is lowercase letters, digits and -; anything else never reaches a path. */
function fileSafe(name: string): string {
  return name.replace(/[^a-z0-9-]/g, "_");
}

/** True when the report (one account's or many's) records a block or unblock that was done. */
function appliedSomething(reportText: string): boolean {
  try {
    const report = JSON.parse(reportText) as {
      blocked?: unknown[];
      unblocked?: unknown[];
      accounts?: Record<string, { blocked?: unknown[]; unblocked?: unknown[] }>;
    };
    const reports = report.accounts ? Object.values(report.accounts) : [report];
    return reports.some((r) => (r.blocked?.length ?? 0) + (r.unblocked?.length ?? 0) > 0);
  } catch {
    return false;
  }
}

/** Whether `wxbl diff` finds anything: the same diff again as JSON (cheap: no WeChat). */
async function diffHasChanges(
  cli: (argv: readonly string[]) => Promise<{ code: number; stdout: string }>,
  argv: readonly string[],
): Promise<boolean> {
  // argv is ["diff", "--format", "markdown", …] (cliArgv).
  const json = await cli(["diff", "--format", "json", "--quiet", ...argv.slice(3)]);
  if (json.code !== 0) return false;
  try {
    const parsed = JSON.parse(json.stdout) as DiffJson & { accounts?: Record<string, DiffJson> };
    const diffs = parsed.accounts ? Object.values(parsed.accounts) : [parsed];
    return diffs.some(
      (d) =>
        (d.summary?.added ?? 0) + (d.summary?.removed ?? 0) + (d.summary?.changed ?? 0) > 0 ||
        (d.settings?.length ?? 0) > 0,
    );
  } catch {
    return false;
  }
}

interface DiffJson {
  summary?: { added?: number; removed?: number; changed?: number };
  settings?: unknown[];
}
