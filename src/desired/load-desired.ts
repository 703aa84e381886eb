import { createHash, type Hash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { msg, type Message } from "../i18n/message.js";
import { checkDesired } from "./check-desired.js";
import { checkText, decodeText, type DecodeResult } from "./decode-text.js";
import type { DesiredState } from "./desired-state.js";
import { makeDiagnostic, type Diagnostic } from "./diagnostic.js";
import { fastScan } from "./fast-scan.js";
import { fullScan } from "./full-scan.js";
import { isWellFormed } from "../util/is-well-formed.js";

export interface LoadResult {
  /** Undefined if and only if there is an error among the diagnostics. */
  state: DesiredState | undefined;
  /** Errors and warnings, sorted by line and column. */
  diagnostics: Diagnostic[];
  /** Entries under users: (also when the file has errors), for summaries. */
  userCount: number;
  /** Which reader read the YAML (edits use the matching layout); absent before that step. */
  reader?: "fast" | "full";
}

export interface LoadOptions {
  /** The clock for expiry warnings (UTC dates). */
  now?: Date;
  /** The file's content, instead of reading `path` (path then only names it in messages). */
  text?: string;
  /** The file's bytes, read already (readDesiredBytes), instead of reading `path`. */
  bytes?: Uint8Array;
  /** The directory a relative `path` is read from (default: the process's). */
  cwd?: string;
}

/**
 * Reads and checks a desired-state file (SPEC section 1): 1. read the bytes, 2. decode
 * them as UTF-8 text, 3. read the YAML (the fast scanner, or the full parser for unusual
 * layouts), 4. check the schema and the rules. Every problem comes back as a Diagnostic
 * with file:line:column; only an unreadable file throws (InputError).
 */
export async function loadDesired(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const now = options.now ?? new Date();
  const { text } = options;
  if (options.bytes === undefined && text !== undefined && isWellFormed(text)) {
    // Text in hand (an edit's result): decoding its bytes again would give the text back.
    return checkDecoded(
      path,
      checkText(text),
      () => createHash("sha256").update(text, "utf8"),
      now,
    );
  }
  const bytes =
    options.bytes ??
    (text !== undefined ? Buffer.from(text, "utf8") : await readDesiredBytes(path, options.cwd));
  return checkDecoded(path, decodeText(bytes), () => createHash("sha256").update(bytes), now);
}

/** The bytes of the desired-state file `path` (relative to `cwd`); unreadable is exit 3. */
export async function readDesiredBytes(path: string, cwd = "."): Promise<Buffer> {
  const fullPath = resolve(cwd, path);
  try {
    return await readFile(fullPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "missing"
        : code === "EISDIR"
          ? "directory"
          : code === "EACCES"
            ? "denied"
            : "other";
    const text = msg("desired.cannotRead", { path, why, ...(code === undefined ? {} : { code }) });
    throw new InputError(text, { cause: error });
  }
}

/** Steps 3 and 4 of loadDesired, after the text is decoded (`hash`: the file's bytes, hashed). */
function checkDecoded(
  path: string,
  decoded: DecodeResult,
  hash: () => Hash,
  now: Date,
): LoadResult {
  const diagnostic = (
    line: number,
    column: number,
    text: Message,
    severity: Diagnostic["severity"] = "error",
  ) => makeDiagnostic(path, line, column, severity, text);
  const failed = (diagnostics: Diagnostic[], userCount = 0): LoadResult => ({
    state: undefined,
    diagnostics,
    userCount,
  });

  if (!decoded.ok) {
    const { line, column, text } = decoded.problem;
    return failed([diagnostic(line, column, text)]);
  }
  const text = decoded.text;
  if (!/\S/.test(text)) {
    return failed([diagnostic(1, 1, msg("desired.empty"))]);
  }

  let document = fastScan(text);
  const reader = document === undefined ? "full" : "fast";
  if (document === undefined) {
    const full = fullScan(text);
    if (!full.ok) return failed(full.problems.map((p) => diagnostic(p.line, p.column, p.text)));
    document = full.document;
  }

  const result = checkDesired(document, now);
  const diagnostics = result.findings.map((f) => ({
    ...diagnostic(f.line, f.column, f.text, f.severity),
    ...(f.rule ? { rule: f.rule } : {}),
  }));
  if (result.checked === undefined) return { ...failed(diagnostics, result.userCount), reader };
  return {
    reader,
    state: {
      path,
      sha256: hash().digest("hex"),
      version: 1,
      ...result.checked,
    },
    diagnostics,
    userCount: result.userCount,
  };
}
