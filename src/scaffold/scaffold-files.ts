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

/**
 * The files of a config repository (SPEC 9), in the order they are listed: the blacklist (the
 * live list as `export` writes it when given, else the starter file), then the three workflows.
 * Pure: the same options give the same bytes, which is what keeps examples/config-repo honest.
 */
export function scaffoldFiles(options: WorkflowOptions & { blacklist?: string }): ScaffoldFile[] {
  return [
    { path: BLACKLIST_PATH, text: options.blacklist ?? starterBlacklist(options.version) },
    { path: ".github/workflows/wxbl-plan.yml", text: planWorkflow(options) },
    { path: ".github/workflows/wxbl-apply.yml", text: applyWorkflow(options) },
    { path: ".github/workflows/wxbl-drift.yml", text: driftWorkflow(options) },
  ];
}
