import { parse } from "yaml";
import { majorVersion, wxblVersion } from "../version.js";

/**
 * Where a config repository's blacklist.yaml finds its schema (SPEC 9): the npm package's copy
 * on a CDN, pinned to the major version, so that it resolves for someone who installed nothing
 * and does not change under the file within a major version.
 */
export function publishedSchemaUrl(version: string = wxblVersion()): string {
  return `https://cdn.jsdelivr.net/npm/wxbl@${majorVersion(version)}/schema/blacklist.schema.json`;
}

/**
 * The desired-state file for a live list: header comment, schema line, version, appid when
 * known, prune: true, users sorted (plain code-unit order) in the bare form. Built as lines
 * joined once, so a million ids take well under a second.
 */
export function renderExport(input: {
  openids: readonly string[];
  appid: string | undefined;
  now: Date;
  /** The `$schema` of the first lines; default the published URL of this wxbl's major version. */
  schemaUrl?: string;
}): string {
  const account = input.appid ?? "(appid unknown: token given)";
  // The default sort compares UTF-16 code units: plain code-unit order, never case-folded.
  const users = [...input.openids].sort();
  const lines = [
    `# Exported from WeChat account ${account} on ${input.now.toISOString()} by wxbl export`,
    `# yaml-language-server: $schema=${input.schemaUrl ?? publishedSchemaUrl()}`,
    "version: 1",
    ...(input.appid === undefined ? [] : [`appid: ${yamlScalar(input.appid)}`]),
    "prune: true",
  ];
  if (users.length === 0) {
    lines.push("users: []");
  } else {
    lines.push("users:", `  - ${users.map(yamlScalar).join("\n  - ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Plain scalars that start with a letter or "_" and are no YAML 1.1/1.2 keyword stay bare. */
const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORD = /^(true|false|null|yes|no|on|off|y|n)$/i;
const OPENID_CHARS = /^[A-Za-z0-9_-]+$/;

/**
 * The value as YAML needs it: bare when both YAML 1.2 and 1.1 read it back as the same string
 * (so `123`, `1e5`, `-` and `1_000` are quoted), JSON-quoted otherwise.
 */
export function yamlScalar(value: string): string {
  if (PLAIN_SAFE.test(value) && !KEYWORD.test(value)) return value;
  const bare =
    OPENID_CHARS.test(value) &&
    parse(value) === value &&
    parse(value, { version: "1.1" }) === value;
  return bare ? value : JSON.stringify(value);
}
