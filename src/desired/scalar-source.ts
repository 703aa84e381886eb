import { isNonStringPlain } from "./yaml-scalar.js";

/**
 * How a string is written as a one-line YAML 1.2 scalar that reads back as exactly that string,
 * both by `yaml` and by the fast scanner: plain when nothing in it means anything to YAML, else
 * single-quoted when it can be (no escapes needed), else double-quoted with escapes (tab, line
 * feed, and the characters YAML or editors could take for line breaks or a byte order mark).
 * Always one line, so a file that wxbl edits stays on the fast reader's path.
 */
export function scalarSource(value: string): string {
  if (isSafePlain(value)) return value;
  if (!NEEDS_ESCAPE.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return `"${value.replace(ESCAPED, escape)}"`;
}

/** Characters that only a double-quoted scalar can hold: tab, line breaks, controls, BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF"\\]/g;

function escape(c: string): string {
  switch (c) {
    case "\\":
      return "\\\\";
    case '"':
      return '\\"';
    case "\t":
      return "\\t";
    case "\n":
      return "\\n";
    default:
      return `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  }
}

/** Characters a plain scalar may not start with (YAML's indicators, quotes and space). */
const NOT_FIRST = new Set("-?:,[]{}#&*!|>'\"%@` \t");

function isSafePlain(value: string): boolean {
  if (value === "" || NOT_FIRST.has(value[0] as string)) return false;
  // Leading or trailing white space (any kind, to be safe) would be trimmed or misread.
  if (/^\s|\s$/.test(value) || value.endsWith(":")) return false;
  if (/: |:\t| #|\t#/.test(value) || NEEDS_ESCAPE.test(value)) return false;
  return !isNonStringPlain(value);
}
