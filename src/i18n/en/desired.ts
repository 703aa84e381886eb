import { formatCount } from "../format-number.js";
import { codePoint, cutEn as cut, quoteCut, quoteEn as quote } from "../quote-value.js";

/**
 * English messages about the desired-state file (src/desired): what the loader, the YAML
 * readers and the checks find, how `validate` prints it (text, markdown, summary), and what
 * fmt notes. validate --format json keeps these English sentences whatever the language.
 */
export type Severity = "error" | "warning";
/** What a value turned out to be, for "found ..." (the text itself when it is text). */
export type ValueKind = "null" | "list" | "map" | "text" | "number" | "boolean" | "other";
/** The offending character of an openid. */
export type CharacterKind = "space" | "tab" | "cr" | "whitespace" | "other";

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

const CHARACTER: Record<CharacterKind, (character: string) => string> = {
  space: () => "a space",
  tab: () => "a tab",
  cr: () => "a carriage return (\\r)",
  whitespace: (character) => `a whitespace character (U+${codePoint(character)})`,
  other: (character) => quote(character),
};

const SCALAR = { number: "a number", boolean: "a boolean", null: "null" } as const;

export const desired = {
  "desired.line": (p: {
    file: string;
    line: number;
    column: number;
    severity: Severity;
    message: string;
  }) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`,
  "desired.markdownLine": (p: { where: string; severity: Severity; message: string }) =>
    `- **${p.severity}** \`${p.where}\`: ${p.message}`,
  "desired.noProblems": (p: { file: string }) => `No problems in \`${p.file}\`.`,
  "desired.summary": (p: { file: string; errors: number; warnings: number; users: number }) =>
    `${p.file}: ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}, ${plural(p.users, "user")}`,
  "desired.found": (p: { kind: ValueKind; shown: string }) => {
    switch (p.kind) {
      case "null":
        return "nothing (null)";
      case "list":
        return "a list";
      case "map":
        return "a map";
      case "text":
        return `the text ${quote(p.shown)}`;
      case "number":
        return `the number ${cut(p.shown)}`;
      default:
        return p.shown;
    }
  },

  "desired.cannotRead": (p: {
    path: string;
    why: "missing" | "directory" | "denied" | "other";
    code?: string;
  }) => {
    const why =
      p.why === "missing"
        ? "no such file; create it (see README) or name another with --file"
        : p.why === "directory"
          ? "it is a directory; name the file with --file"
          : p.why === "denied"
            ? "permission denied"
            : (p.code ?? "read error");
    return `cannot read ${p.path}: ${why}`;
  },
  "desired.worker.failed": (p: { path: string; error: string }) =>
    `reading ${p.path} failed (${p.error}); re-run with --verbose, and check the machine's free memory for very large files`,
  "desired.worker.exited": (p: { path: string; code: number }) =>
    `reading ${p.path} stopped unexpectedly (worker exit ${p.code})`,

  "desired.utf16": () => "the file is UTF-16 text; save it as UTF-8",
  "desired.notUtf8": () => "the file is not UTF-8 text (an invalid byte here); save it as UTF-8",
  "desired.controlCharacter": (p: { code: string }) =>
    `the file contains the control character U+${p.code}: it looks binary, not YAML text; ` +
    "check that --file names the blacklist, or remove the character",
  "desired.empty": () => "the file is empty; start it with 'version: 1' and a 'users:' list",
  "desired.noContent": () =>
    "the file has no content; start it with 'version: 1' and a 'users:' list",
  "desired.notAMap": (p: { found: string }) =>
    `the file must be a YAML map (version:, users: ...), found ${p.found}`,
  "desired.yamlUnreadable": (p: { detail: string }) => `the YAML cannot be read: ${p.detail}`,
  "desired.tabIndent": () =>
    "tab used for indentation; YAML indents with spaces only: replace the tab with spaces",
  "desired.duplicateKey": (p: { detail: string }) =>
    `${p.detail}; each key may appear once per map: remove or rename one`,
  "desired.multipleDocs": () =>
    "the file holds more than one YAML document (a second ---); keep one document",
  "desired.invalidYaml": (p: { detail: string }) => `not valid YAML: ${p.detail}`,

  "desired.unknownKey": (p: {
    key: string;
    section?: string;
    inEntry: boolean;
    near?: string;
    allowed: readonly string[];
  }) => {
    const where = p.inEntry ? " in this entry" : p.section === undefined ? "" : ` in ${p.section}`;
    const hint =
      p.near === undefined ? `allowed: ${p.allowed.join(", ")}` : `did you mean "${p.near}"?`;
    return `unknown key ${quote(p.key)}${where}; ${hint}`;
  },
  "desired.missing": (p: { key: string }) => {
    switch (p.key) {
      case "version":
        return "version is missing; add 'version: 1' at the top";
      case "users":
        return "users is missing; add 'users:' with the blocked openids ('users: []' for none)";
      case "openid":
        return "this entry has no openid; add 'openid: o...' or remove the entry";
      default:
        return `${p.key} is missing`;
    }
  },
  "desired.invalid": (p: { path?: string; detail?: string }) =>
    `${p.path ?? "the file"} is not valid: ${p.detail ?? "see the schema"}`,
  "desired.version": (p: { found: string }) =>
    `version must be 1 (the only file format this wxbl knows), found ${p.found}`,
  "desired.appid.shape": (p: { appid: string }) =>
    `appid ${quote(p.appid)} does not look like an appid (wx followed by 16 lowercase hex digits)`,
  "desired.appid.notText": (p: { found: string }) =>
    `appid must be text like wx0123456789abcdef, found ${p.found}`,
  "desired.prune": (p: { found: string }) => `prune must be true or false, found ${p.found}`,
  "desired.guard.notMap": (p: { found: string }) =>
    `guard must be a map with max_block and max_unblock, found ${p.found}`,
  "desired.guard.limit": (p: { key: string; found: string }) =>
    `guard.${p.key} must be a count (a whole number, 0 or more) or a percentage such as 25%, found ${p.found}`,
  "desired.guard.over100": (p: { key: string; value: string }) =>
    `guard.${p.key} is ${cut(p.value)}, over 100%; write a percentage up to 100% or a count`,
  "desired.users.notList": (p: { found: string }) =>
    `users must be a list of openids ("- o..." lines), found ${p.found}`,

  "desired.openid.empty": () => "openid is empty; write the openid or remove the entry",
  "desired.openid.tooLong": (p: { openid: string }) =>
    `openid ${quoteCut(p.openid)} has ${formatCount(p.openid.length)} characters, over 128`,
  "desired.openid.badCharacter": (p: { openid: string; kind: CharacterKind; character: string }) =>
    `openid ${quote(p.openid)} contains ${(CHARACTER[p.kind] ?? CHARACTER.other)(p.character)}; openids use only A-Z a-z 0-9 _ - (1 to 128 characters)`,
  "desired.openid.shape": (p: { openid: string }) =>
    `openid ${quote(p.openid)} does not look like a WeChat openid (28 characters starting with o); check it was copied whole`,
  "desired.openid.scalar": (p: { source: string; kind: "number" | "boolean" | "null" }) =>
    `openid ${cut(p.source)} is read by YAML as ${SCALAR[p.kind]}; quote it: ${quote(p.source)}`,
  "desired.openid.blank": (p: { entry: boolean }) =>
    `${p.entry ? "entry" : "openid"} is empty; write an openid or remove it`,
  "desired.openid.notText": (p: { entry: boolean; found: string }) =>
    p.entry
      ? `entry must be an openid or a map with openid, reason and expires, found ${p.found}`
      : `openid must be an openid, found ${p.found}`,
  "desired.duplicate": (p: { openid: string; first: number; second: number }) =>
    `duplicate openid ${p.openid}: on lines ${p.first} and ${p.second}; keep one (wxbl fmt merges identical entries)`,

  "desired.expires.notDate": (p: { value: string }) =>
    `expires ${quote(p.value)} is not a date; write YYYY-MM-DD, e.g. 2027-03-01`,
  "desired.expires.notText": (p: { found: string }) =>
    `expires must be a date YYYY-MM-DD, found ${p.found}`,
  "desired.expires.noMonth": (p: { date: string; month: string }) =>
    `expires "${p.date}" is not a real date (month ${p.month}); write YYYY-MM-DD`,
  "desired.expires.noDay": (p: { date: string; year: number; month: number; days: number }) => {
    const name = new Date(Date.UTC(2000, p.month - 1, 1)).toLocaleString("en", {
      month: "long",
      timeZone: "UTC",
    });
    return `expires "${p.date}" is not a real date (${name} ${p.year} has ${p.days} days)`;
  },
  "desired.expired": (p: { date: string }) =>
    `expired on ${p.date} (no longer blocked from that day on); the entry can be removed`,
  "desired.reason.notText": (p: { found: string }) =>
    `reason must be text, found ${p.found}; quote it`,

  "desired.fmt.merged": (p: { openid: string; first: number; second: number }) =>
    `merged the identical entries of ${p.openid} on lines ${p.first} and ${p.second}`,
  "desired.fmt.conflict": (p: { openid: string; first: number; second: number }) =>
    `${p.openid} is listed twice with a different reason or expiry, on lines ${p.first} and ${p.second}; ` +
    "keep the one you mean and remove the other",
};
