import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { DesiredEntry, DesiredState } from "../desired/desired-state.js";
import { formatDiagnostic } from "../desired/diagnostic.js";
import { editDesired } from "../desired/edit-desired.js";
import { loadDesired, readDesiredBytes, type LoadResult } from "../desired/load-desired.js";
import { ExitCode, InputError } from "../errors.js";
import { msg, say, t, type Message } from "../i18n/index.js";
import type { EditPlan, Outcome } from "../moderation/plan-edits.js";
import { idsFromArgv, idsFromList, type RequestedId } from "../moderation/requested-ids.js";
import type { GlobalOptions } from "./command.js";
import type { Io } from "./io.js";
import { writeOutputFile } from "./write-output-file.js";

/** Flags block and unblock share. */
export interface EditArgs extends GlobalOptions {
  openids?: string[];
  /** `--from FILE`, repeatable; `-` is standard input. */
  from?: string | string[];
}

/** Problems and result lines shown on the terminal before the rest are counted. */
const LINES_SHOWN = 100;
const BOM = "\uFEFF";

/** What block and unblock bring to the shared steps. */
export interface EditCommand {
  name: "block" | "unblock";
  now: Date;
  /** block's resolved --expires (null: never), for the report. */
  expires?: string | null | undefined;
  /** Step 3: the edits, from the file's users and the requested openids (pure). */
  plan: (file: string, users: readonly DesiredEntry[], ids: RequestedId[]) => EditPlan;
}

/**
 * block and unblock (SPEC 10), once their own flags are checked: 1. the openids, 2. the file
 * (exit 3 with its errors), 3. plan the edits, 4. refuse on any problem (all or nothing), 5. make
 * the edits in place and write the file atomically, 6. say what was done. Never calls WeChat.
 */
export async function editBlacklist(args: EditArgs, io: Io, command: EditCommand): Promise<number> {
  const ids = await requestedIds(args, io, command.name);
  if (ids === null) return ExitCode.ok;
  const { file } = editTarget(args);
  const source = await readForEdit(file, args, io, command.now);
  const plan = command.plan(file, source.loaded.state.users, ids);
  return finishEdit(source, plan, args, io, command);
}

/**
 * The file that block/unblock edit. This is the seam for many accounts (SPEC 11): with a
 * wxbl.yaml they take exactly one --account, which names the file; until that exists, --file.
 */
function editTarget(args: Pick<GlobalOptions, "file">): { file: string } {
  return { file: args.file };
}

/**
 * The openids to edit: those on the command line, then those of `--from FILE` (`-`: standard
 * input). Null when a --from list holds none (nothing to do); none at all is exit 3.
 */
async function requestedIds(
  args: EditArgs,
  io: Io,
  verb: "block" | "unblock",
): Promise<RequestedId[] | null> {
  const ids = idsFromArgv((args.openids ?? []).map(String));
  // --from may be given more than once; yargs then hands over a list.
  const lists = args.from === undefined ? [] : [args.from].flat();
  for (const from of lists) {
    if (from === "") throw new InputError(msg("moderation.noIds", { verb }));
    const name = from === "-" ? "stdin" : from;
    let text: string;
    try {
      text =
        from === "-"
          ? await (io.readStdin?.() ?? Promise.resolve(""))
          : await readFile(resolve(io.cwd, from), "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(msg("moderation.cannotReadList", { file: name, code }));
    }
    ids.push(...idsFromList(text, name));
  }
  if (ids.length === 0 && lists.length > 0) {
    const file = lists.map((from) => (from === "-" ? "stdin" : from)).join(", ");
    if (!args.quiet) io.stderr(`${t(args.lang, "moderation.emptyList", { file })}\n`);
    return null;
  }
  if (ids.length === 0) throw new InputError(msg("moderation.noIds", { verb }));
  return ids;
}

/** The file as read and loaded; a file with errors is exit 3, its errors listed. */
interface ReadFile {
  file: string;
  text: string;
  bom: boolean;
  loaded: LoadResult & { state: DesiredState };
}

async function readForEdit(file: string, args: EditArgs, io: Io, now: Date): Promise<ReadFile> {
  const bytes = await readDesiredBytes(file, io.cwd);
  const loaded = await loadDesired(file, { bytes, now });
  if (loaded.state === undefined) {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    printCapped(
      io,
      errors.map((d) => formatDiagnostic(d, args.lang)),
      args,
    );
    throw new InputError(msg("moderation.fileHasErrors", { file, errors: errors.length }));
  }
  // The loader has checked the bytes (UTF-8, no control characters): a plain decode will do.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const skip = bom ? 3 : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip).toString(
    "utf8",
  );
  return { file, text, bom, loaded: loaded as ReadFile["loaded"] };
}

/** Steps 4 to 6, once the edits are planned. */
async function finishEdit(
  source: ReadFile,
  plan: EditPlan,
  args: EditArgs,
  io: Io,
  context: EditCommand,
): Promise<number> {
  const { file, loaded } = source;
  const inWords = (message: Message) => say(args.lang, message);
  if (!args.quiet) {
    for (const warning of plan.warnings)
      io.stderr(`${t(args.lang, "moderation.warning", { message: inWords(warning) })}\n`);
  }
  if (plan.problems.length > 0) {
    printCapped(io, plan.problems.map(inWords), args);
    throw new InputError(msg("moderation.refused", { file, problems: plan.problems.length }));
  }
  let after: DesiredState = loaded.state;
  if (plan.edits.length > 0) {
    const result = await editDesired({
      path: file,
      text: source.text,
      loaded,
      edits: plan.edits,
      now: context.now,
    });
    if (result.rewritten && !args.quiet) {
      const message = t(args.lang, "moderation.rewritten", { file });
      io.stderr(`${t(args.lang, "moderation.warning", { message })}\n`);
    }
    await writeOutputFile(
      io,
      file,
      (source.bom ? BOM : "") + result.text,
      msg("moderation.outputFile"),
    );
    after = result.state;
  }
  report(plan.outcomes, loaded.state.users, after.users, args, io, context);
  return ExitCode.ok;
}

interface ReportEntry {
  openid: string;
  line: number;
}

/** What was done: JSON on stdout with --format json, else lines and a summary on stderr. */
function report(
  outcomes: readonly Outcome[],
  before: readonly DesiredEntry[],
  after: readonly DesiredEntry[],
  args: EditArgs,
  io: Io,
  context: EditCommand,
): void {
  const lineAfter = linesOf(after, outcomes);
  const at = (openid: string): ReportEntry => ({ openid, line: lineAfter.get(openid) ?? 0 });
  const was = (outcome: { openid: string; index: number }): ReportEntry => ({
    openid: outcome.openid,
    line: (before[outcome.index] as DesiredEntry).line,
  });
  const added: ReportEntry[] = [];
  const updated: (ReportEntry & { fields: string[] })[] = [];
  const unchanged: ReportEntry[] = [];
  const removed: ReportEntry[] = [];
  const skipped: string[] = [];
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === "added") {
      added.push(at(outcome.openid));
      lines.push(t(args.lang, "moderation.lineAdded", at(outcome.openid)));
    } else if (outcome.kind === "updated") {
      updated.push({ ...at(outcome.openid), fields: outcome.fields });
      const fields = {
        reason: outcome.fields.includes("reason"),
        expires: outcome.fields.includes("expires"),
      };
      lines.push(t(args.lang, "moderation.lineUpdated", { ...at(outcome.openid), ...fields }));
    } else if (outcome.kind === "unchanged") {
      unchanged.push(at(outcome.openid));
      lines.push(t(args.lang, "moderation.lineUnchanged", at(outcome.openid)));
    } else if (outcome.kind === "removed") {
      removed.push(was(outcome));
      lines.push(t(args.lang, "moderation.lineRemoved", was(outcome)));
    } else {
      skipped.push(outcome.openid);
      lines.push(t(args.lang, "moderation.lineSkipped", { openid: outcome.openid }));
    }
  }
  if (args.format === "json") {
    const json = {
      format: "wxbl-edit/1",
      command: context.name,
      file: args.file,
      expires: context.expires ?? null,
      added,
      updated,
      unchanged,
      removed,
      skipped,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  if (args.quiet) return;
  printCapped(io, lines, args, true);
  const summary =
    context.name === "block"
      ? t(args.lang, "moderation.blockSummary", {
          file: args.file,
          added: added.length,
          updated: updated.length,
          unchanged: unchanged.length,
        })
      : t(args.lang, "moderation.unblockSummary", {
          file: args.file,
          removed: removed.length,
          skipped: skipped.length,
        });
  io.stderr(`${summary}\n`);
  if (added.length + updated.length + removed.length > 0)
    io.stderr(`${t(args.lang, "moderation.nextStep")}\n`);
}

/** The lines, in the edited file, of the openids that were added, updated or left as asked. */
function linesOf(
  users: readonly DesiredEntry[],
  outcomes: readonly Outcome[],
): Map<string, number> {
  const wanted = new Set<string>();
  for (const outcome of outcomes) if (outcome.kind !== "removed") wanted.add(outcome.openid);
  const lines = new Map<string, number>();
  for (const user of users) if (wanted.has(user.openid)) lines.set(user.openid, user.line);
  return lines;
}

/** At most LINES_SHOWN lines on stderr, then how many more. */
function printCapped(io: Io, lines: readonly string[], args: EditArgs, isResult = false): void {
  const shown = lines.slice(0, LINES_SHOWN);
  for (const line of shown) io.stderr(`${line}\n`);
  const more = lines.length - shown.length;
  if (more > 0) {
    const key = isResult ? "moderation.moreLines" : "moderation.moreProblems";
    io.stderr(`${t(args.lang, key, { count: more })}\n`);
  }
}
