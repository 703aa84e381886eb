import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The repository's .github/workflows folder. */
export const WORKFLOWS_DIR = fileURLToPath(new URL("../../.github/workflows/", import.meta.url));

export interface WorkflowStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

export interface WorkflowJob {
  name?: string;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean | string };
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  environment?: unknown;
  strategy?: { matrix?: Record<string, unknown> };
  steps: WorkflowStep[];
}

export interface Workflow {
  file: string;
  text: string;
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean | string };
  env?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

/** The workflow file names (`ci.yml`, …), sorted. */
export function workflowFiles(): string[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

/** A workflow file of this repository as plain data. */
export function readWorkflow(file: string): Workflow {
  return parseWorkflowText(file, readFileSync(join(WORKFLOWS_DIR, file), "utf8"));
}

/** A workflow's text as plain data (YAML 1.2, so `on:` stays a string key). */
export function parseWorkflowText(file: string, text: string): Workflow {
  return { file, text, ...(parse(text) as Omit<Workflow, "file" | "text">) };
}

/**
 * The `run:` steps of one job, in order, with their step-level env: what a test runs to
 * reproduce the workflow locally (against the sandbox, with GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT pointing at temporary files). `${{ … }}` expressions are left as written.
 */
export function runSteps(
  file: string,
  jobId: string,
): { name: string; run: string; env: Record<string, string> }[] {
  const job = readWorkflow(file).jobs[jobId];
  if (!job) throw new Error(`${file} has no job ${jobId}`);
  return job.steps
    .filter((step): step is WorkflowStep & { run: string } => typeof step.run === "string")
    .map((step) => ({
      name: step.name ?? step.run.split("\n")[0]!,
      run: step.run,
      env: step.env ?? {},
    }));
}
