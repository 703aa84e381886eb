import { pathFilter } from "./workflow-parts.js";

/**
 * What comes before `jobs:` in the workflows `wxbl init` writes (SPEC 8): the name, the
 * triggers, read-only permissions for the token, and the concurrency group, if any.
 */
export function workflowHead(head: {
  name: string;
  /** The lines under `on:` (pullRequestOn, mergeOn, DAILY_ON). */
  on: string;
  concurrency?: Concurrency;
}): string {
  return [
    `name: ${head.name}`,
    "",
    "on:",
    head.on,
    "",
    "permissions:",
    "  contents: read",
    ...(head.concurrency === undefined ? [] : ["", concurrency(head.concurrency, 0)]),
  ].join("\n");
}

/** A concurrency group: a run waits for (or, with `cancel`, cancels) the one before it. */
export interface Concurrency {
  group: string;
  cancel: boolean;
  /** A comment line above the group, without the `#`. */
  note?: string;
}

/** The `concurrency:` of a workflow (`indent` 0) or a job (4). */
export function concurrency(group: Concurrency, indent: number): string {
  const pad = " ".repeat(indent);
  return [
    `${pad}concurrency:`,
    ...(group.note === undefined ? [] : [`${pad}  # ${group.note}`]),
    `${pad}  group: ${group.group}`,
    `${pad}  cancel-in-progress: ${group.cancel}`,
  ].join("\n");
}

/** The plan's trigger: a pull request that changes one of `files` or the workflow itself. */
export function pullRequestOn(files: readonly string[]): string {
  return ["  pull_request:", paths(files), "      - .github/workflows/wxbl-plan.yml"].join("\n");
}

/** The plan's group: only the newest push of a pull request is planned. */
export const PLAN_CONCURRENCY: Concurrency = {
  group: "wxbl-plan-${{ github.event.pull_request.number }}",
  cancel: true,
  note: "Only the newest push of a pull request matters: the comment shows its plan.",
};

/**
 * The apply's triggers: a push that changes one of `files`, or a run started by hand with the
 * `inputs` given (YAML lines, six spaces in) and `force`.
 */
export function mergeOn(files: readonly string[], inputs: readonly string[] = []): string {
  return [
    "  push:",
    paths(files),
    "  workflow_dispatch:",
    "    inputs:",
    ...inputs,
    "      force:",
    '        description: "Apply past the guards (max_block / max_unblock). Only after reviewing the plan: the guards are there to stop a mass unblock or block by mistake."',
    "        type: boolean",
    "        default: false",
  ].join("\n");
}

/** The drift check's triggers: once a day, or by hand. */
export const DAILY_ON = [
  "  schedule:",
  '    - cron: "17 3 * * *" # daily at 03:17 UTC (off the hour, when GitHub\'s scheduler is busiest)',
  "  workflow_dispatch:",
].join("\n");

/** The drift check's group: one at a time, never cancelled halfway. */
export const DRIFT_CONCURRENCY: Concurrency = { group: "wxbl-drift", cancel: false };

/** A trigger's `paths:` filter of `files`. */
function paths(files: readonly string[]): string {
  return ["    paths:", ...files.map((file) => `      - ${pathFilter(file)}`)].join("\n");
}
