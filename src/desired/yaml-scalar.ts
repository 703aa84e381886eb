import { parse } from "yaml";

/**
 * The plain scalars YAML 1.2's core schema reads as something other than a string
 * (null, booleans, integers, floats), as in `yaml`'s core schema.
 */
const NON_STRING_PLAIN: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** The first characters a non-string plain scalar can start with (a cheap pre-filter). */
const MAYBE_NON_STRING = new Set("-+.0123456789~nNtTfF");

/** True when YAML would not read this plain scalar as a string. */
export function isNonStringPlain(source: string): boolean {
  if (source.length > 0 && !MAYBE_NON_STRING.has(source[0] as string)) return false;
  return NON_STRING_PLAIN.some((re) => re.test(source));
}

/** The value of a plain scalar under the core schema (exactly as `yaml` reads it). */
export function resolvePlain(source: string): unknown {
  return isNonStringPlain(source) ? parse(source) : source;
}
