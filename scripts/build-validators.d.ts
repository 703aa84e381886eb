// Types for scripts/build-validators.js, so that its unit test is type-checked.
export interface ValidatorSpec {
  schema: string;
  allErrors: boolean;
  out: string;
}
export const VALIDATORS: readonly ValidatorSpec[];
export function validatorSource(spec: ValidatorSpec): string;
