import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

/**
 * schema/blacklist.schema.json, the one file editors and the loader share. It sits two
 * levels above this module both in src/desired (tests) and in dist/desired (the package).
 */
export const BLACKLIST_SCHEMA_URL = new URL("../../schema/blacklist.schema.json", import.meta.url);

/** Stops at the first problem: the cheap check that nearly every file passes. */
let quick: ValidateFunction | undefined;
/** Every problem at once, compiled and run only when the quick check fails. */
let all: ValidateFunction | undefined;

/**
 * Compiles the schema. `validateSchema: false` skips checking the schema against its
 * meta-schema on every run (half of the compile time, measured at ~250 ms of start-up); the
 * schema's own validity is checked once, by a unit test that compiles it strictly.
 */
function compile(allErrors: boolean): ValidateFunction {
  const schema = JSON.parse(readFileSync(BLACKLIST_SCHEMA_URL, "utf8")) as object;
  return new Ajv({ allErrors, validateSchema: false }).compile(schema);
}

/** Validates `data` against the schema; every error (ajv's allErrors) when it is invalid. */
export function validateSchema(data: unknown): ErrorObject[] {
  quick ??= compile(false);
  if (quick(data)) return [];
  all ??= compile(true);
  all(data);
  return all.errors ?? [];
}
