import { accountsApplyWorkflow } from "./accounts-apply-workflow.js";
import { accountsDriftWorkflow } from "./accounts-drift-workflow.js";
import { accountsPlanWorkflow } from "./accounts-plan-workflow.js";
import { applyWorkflow } from "./apply-workflow.js";
import { driftWorkflow } from "./drift-workflow.js";
import { planWorkflow } from "./plan-workflow.js";
import { starterBlacklist } from "./starter-blacklist.js";
import type { WorkflowOptions } from "./workflow-parts.js";

/** One file of a config repository: its path (POSIX, relative to the root) and its text. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** The blacklist file `wxbl init` writes. */
export const BLACKLIST_PATH = "blacklist.yaml";

/** Where the workflows go, in the order they are listed. */
export const WORKFLOW_PATHS = [
  ".github/workflows/wxbl-plan.yml",
  ".github/workflows/wxbl-apply.yml",
  ".github/workflows/wxbl-drift.yml",
] as const;

/**
 * The files of a config repository (SPEC 9), in the order they are listed: the blacklist (the
 * live list as `export` writes it when given, else the starter file), then the three workflows.
 * Pure: the same options give the same bytes, which is what keeps examples/config-repo honest.
 */
export function scaffoldFiles(options: WorkflowOptions & { blacklist?: string }): ScaffoldFile[] {
  return [
    { path: BLACKLIST_PATH, text: options.blacklist ?? starterBlacklist(options.version) },
    ...workflowFiles(options),
  ];
}

/**
 * The three workflows: for blacklist.yaml, or with `accounts` (a wxbl.yaml's, SPEC 11) their
 * many-account form (one plan job for the changed accounts, a job per account for the rest).
 */
export function workflowFiles(options: WorkflowOptions): ScaffoldFile[] {
  const { accounts } = options;
  const texts =
    accounts === undefined || accounts.length === 0
      ? [planWorkflow(options), applyWorkflow(options), driftWorkflow(options)]
      : [
          accountsPlanWorkflow({ ...options, accounts }),
          accountsApplyWorkflow({ ...options, accounts }),
          accountsDriftWorkflow(options),
        ];
  return WORKFLOW_PATHS.map((path, i) => ({ path, text: texts[i]! }));
}
