import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { InputError } from "../errors.js";
import type { Plan } from "../reconcile/plan.js";

/** schema/plan.schema.json: the same file documents the format and checks saved plans. */
const PLAN_SCHEMA_URL = new URL("../../schema/plan.schema.json", import.meta.url);

let validate: ReturnType<Ajv["compile"]> | undefined;

/**
 * Reads a plan saved by `wxbl plan --out` (SPEC section 2). Anything that is not such a plan
 * is invalid input (exit 3), named with what is wrong and how to make a good one.
 */
export function parseSavedPlan(shownPath: string, text: string): Plan {
  const remake = `make a new one with wxbl plan --out ${shownPath}`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${shownPath} is not a saved plan: it is not JSON (${(error as Error).message}); ${remake}`,
    );
  }
  validate ??= new Ajv({ allErrors: true }).compile(
    JSON.parse(readFileSync(PLAN_SCHEMA_URL, "utf8")) as object,
  );
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`)
      .join("; ");
    throw new InputError(`${shownPath} is not a wxbl-plan/1 plan: ${problems}; ${remake}`);
  }
  return data as Plan;
}
