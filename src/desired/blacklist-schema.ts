import type { ErrorObject, ValidateFunction } from "ajv";
import { validate as allErrors } from "./blacklist-all-errors.generated.js";
import { validate as firstError } from "./blacklist-first-error.generated.js";

// schema/blacklist.schema.json is the one file editors and the loader share. Its validators are
// compiled from it ahead of time (scripts/build-validators.js; a unit test fails while they
// differ from the schema): compiling it at run time cost ~40 ms of every start.

/** Stops at the first problem: the cheap check that nearly every file passes. */
const quick = firstError as unknown as ValidateFunction;
/** Every problem at once (ajv's allErrors), run only when the quick check fails. */
const all = allErrors as unknown as ValidateFunction;

/** Validates `data` against the schema; every error (ajv's allErrors) when it is invalid. */
export function validateSchema(data: unknown): ErrorObject[] {
  if (quick(data)) return [];
  all(data);
  return all.errors ?? [];
}
