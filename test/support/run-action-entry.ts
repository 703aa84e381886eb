import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The committed bundle that action.yml's `runs.main` names. */
export const ACTION_ENTRY = fileURLToPath(new URL("../../action/dist/index.js", import.meta.url));

export interface ActionRun {
  /** The process's exit code: 1 when the step failed (core.setFailed), else 0. */
  code: number | null;
  /** The job's log as the runner reads it (workflow commands included). */
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
}

export interface ActionRunOptions {
  /** The `with:` inputs, by their action.yml names. */
  inputs: Record<string, string>;
  /** The repository checkout the step runs in. */
  cwd: string;
  /** The event payload GITHUB_EVENT_PATH points at (a pull_request event, or {}). */
  event?: unknown;
  eventName?: string;
  /** GITHUB_API_URL: the loopback stand-in. */
  apiUrl?: string;
  /** More environment (WXBL_LANG, …). */
  env?: NodeJS.ProcessEnv;
  /** A folder the test removes: each run gets RUNNER_TEMP and the runner's files inside it. */
  temp: string;
}

/**
 * Runs the Action's entry point as the runner does: `node action/dist/index.js` in the
 * checkout, with INPUT_<NAME> variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH,
 * GITHUB_API_URL and RUNNER_TEMP set, and nothing of this process's environment but PATH and
 * HOME. Asynchronous: the sandbox and the stand-in run in the test's process.
 */
export async function runActionEntry(options: ActionRunOptions): Promise<ActionRun> {
  const runner = mkdtempSync(join(options.temp, "runner-"));
  const files = {
    output: join(runner, "output"),
    summary: join(runner, "summary"),
    event: join(runner, "event.json"),
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: "octo-org/blacklist",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_RUN_ID: "4242",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_EVENT_NAME: options.eventName ?? "pull_request",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
        value,
      ]),
    ),
    ...options.env,
  };
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: options.cwd, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("close", (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = lines[i]!.match(/^([^<=]+)<<(.+)$/);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join("\n");
  }
  return outputs;
}
