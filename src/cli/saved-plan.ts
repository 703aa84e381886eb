import { readFile } from "node:fs/promises";
import type { ValidateFunction } from "ajv";
import { InputError, RefusedError } from "../errors.js";
import { msg, type Message } from "../i18n/message.js";
import type { Plan } from "../reconcile/plan-types.js";
import type { Io } from "./io.js";
import { validate as validatePlan } from "./plan-all-errors.generated.js";
import { resolvePath } from "./read-desired-and-live.js";

/**
 * schema/plan.schema.json: the same file documents the format and checks saved plans, compiled
 * ahead of time (scripts/build-validators.js).
 */
const validate = validatePlan as unknown as ValidateFunction;

/** Reads and checks a plan saved by `wxbl plan --out`; exit 3 when it cannot be used. */
export async function readSavedPlan(shownPath: string, io: Io): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(resolvePath(io, shownPath), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(msg("cmd.savedPlan.cannotRead", { path: shownPath, code }));
  }
  return parseSavedPlan(shownPath, text);
}

/**
 * Reads a plan saved by `wxbl plan --out` (SPEC section 2). Anything that is not such a plan
 * is invalid input (exit 3), named with what is wrong and how to make a good one.
 */
export function parseSavedPlan(shownPath: string, text: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      msg("cmd.savedPlan.notJson", { path: shownPath, error: (error as Error).message }),
    );
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`)
      .join("; ");
    throw new InputError(msg("cmd.savedPlan.notAPlan", { path: shownPath, problems }));
  }
  return data as Plan;
}

/**
 * A saved plan is applied only while it is still what the file and the live list give now
 * (SPEC section 2): otherwise it is stale, exit 4, naming what changed. The fingerprint covers
 * the file, the live list and the account; the changes are compared too, because the same file
 * gives other changes once an entry's `expires` date has passed (or if the plan was edited).
 */
export function checkSavedPlanIsCurrent(shownPath: string, saved: Plan, fresh: Plan): Plan {
  const stale: Message[] = [];
  if (saved.fingerprint.file_sha256 !== fresh.fingerprint.file_sha256)
    stale.push(msg("cmd.savedPlan.fileChanged"));
  if (saved.fingerprint.live_sha256 !== fresh.fingerprint.live_sha256)
    stale.push(msg("cmd.savedPlan.liveChanged"));
  if (saved.fingerprint.appid !== fresh.fingerprint.appid) {
    stale.push(
      msg("cmd.savedPlan.otherAccount", {
        saved: saved.fingerprint.appid ?? null,
        now: fresh.fingerprint.appid ?? null,
      }),
    );
  }
  if (stale.length === 0 && JSON.stringify(saved.changes) !== JSON.stringify(fresh.changes)) {
    stale.push(msg("cmd.savedPlan.changesDiffer"));
  }
  if (stale.length > 0) {
    throw new RefusedError(msg("cmd.savedPlan.stale", { path: shownPath, reasons: stale }));
  }
  // Same file, same live list, same changes: apply the plan as computed now, so its guard
  // is the real one and not whatever the file says.
  return fresh;
}
