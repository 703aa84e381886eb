import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

/**
 * schema/, two levels above this module in src/accounts and dist/accounts (and in a bundle
 * beside a folder of the same depth): schema/plans.schema.json checks saved plans of several
 * accounts, with the one-account plan schema it refers to.
 */
const SCHEMA_DIR = new URL("../../schema/", import.meta.url);

let validate: ValidateFunction | undefined;

/** The validator of wxbl-plans/1 files (every error at once), compiled on first use. */
export function plansValidator(): ValidateFunction {
  if (validate) return validate;
  const read = (name: string) =>
    JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, validateSchema: false });
  ajv.addSchema(read("plan.schema.json"));
  validate = ajv.compile(read("plans.schema.json"));
  return validate;
}
