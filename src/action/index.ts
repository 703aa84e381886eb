/**
 * The GitHub Action's entry point (action.yml: `runs.main: action/dist/index.js`, the bundle
 * `npm run build:action` makes of this file). It wires the runner's toolkit into runAction;
 * everything it decides is in run-action.ts and the CLI it runs.
 */
import { randomUUID } from "node:crypto";
import * as core from "@actions/core";
import { context } from "@actions/github";
import { octokitPort } from "./octokit-port.js";
import { runAction } from "./run-action.js";

// The runner sends SIGINT when a run is cancelled: an apply starts no new batch, finishes the
// calls in flight and reports, as on Ctrl-C.
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());

/** The log, tracking whether the last line is finished (a workflow command needs its own line). */
let atLineStart = true;
function write(text: string): void {
  if (text === "") return;
  process.stdout.write(text);
  atLineStart = text.endsWith("\n");
}

// context.repo throws without GITHUB_REPOSITORY; validate and apply need no repository.
const [owner = "", name = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
const repo = { owner, repo: name };

await runAction({
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  now: () => new Date(),
  getInput: (name) => core.getInput(name),
  setSecret: (value) => core.setSecret(value),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (text) => write(`${text}\n`),
  write,
  inert: async (work) => {
    const token = randomUUID();
    write(`${atLineStart ? "" : "\n"}::stop-commands::${token}\n`);
    try {
      return await work();
    } finally {
      write(`${atLineStart ? "" : "\n"}::${token}::\n`);
    }
  },
  notice: (text) => core.notice(text),
  setFailed: (text) => core.setFailed(text),
  appendSummary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
  },
  github: (token) => octokitPort(token, repo),
  event: {
    payload: context.payload,
    repo,
    serverUrl: context.serverUrl,
    runId: context.runId,
    sha: context.sha,
  },
});
