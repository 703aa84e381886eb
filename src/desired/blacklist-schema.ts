import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

/**
 * schema/blacklist.schema.json, the one file editors and the loader share. It sits two
 * levels above this module both in src/desired (tests) and in dist/desired (the package).
 */
export const BLACKLIST_SCHEMA_URL = new URL("../../schema/blacklist.schema.json", import.meta.url);

interface Validators {
  /** Stops at the first problem: the cheap check that nearly every file passes. */
  quick: ValidateFunction;
  /** Every problem at once, run only when the quick check fails. */
  all: ValidateFunction;
}

let validators: Validators | undefined;

function compile(): Validators {
  const schema = JSON.parse(readFileSync(BLACKLIST_SCHEMA_URL, "utf8")) as object;
  return {
    quick: new Ajv({ allErrors: false }).compile(schema),
    all: new Ajv({ allErrors: true }).compile(schema),
  };
}

/** Validates `data` against the schema; every error (ajv's allErrors) when it is invalid. */
export function validateSchema(data: unknown): ErrorObject[] {
  validators ??= compile();
  if (validators.quick(data)) return [];
  validators.all(data);
  return validators.all.errors ?? [];
}
