import type { ValidateFunction } from "ajv";
import { validate } from "./plans-all-errors.generated.js";

/**
 * The validator of wxbl-plans/1 files (schema/plans.schema.json with the one-account plan schema
 * it refers to), compiled ahead of time (scripts/build-validators.js): every error at once.
 */
export function plansValidator(): ValidateFunction {
  return validate as unknown as ValidateFunction;
}
