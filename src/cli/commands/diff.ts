import { readFile } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
import { loadDesired, type LoadResult } from "../../desired/load-desired.js";
import { formatDiagnostic } from "../../desired/diagnostic.js";
import { InputError } from "../../errors.js";
import type { Lang } from "../../i18n/lang.js";
import { msg, say, type Message } from "../../i18n/message.js";
import { fileDiff, type FileDiff } from "../../reconcile/file-diff.js";
import { runGit } from "../../util/run-git.js";
import { renderFileDiffJson } from "../../render/file-diff-json.js";
import { renderFileDiffMarkdown } from "../../render/file-diff-markdown.js";
import { renderFileDiffText } from "../../render/file-diff-text.js";
import { defineCommand, useColor, type GlobalOptions } from "../command.js";
import type { Io } from "../io.js";

interface DiffArgs {
  base: string;
}

export const diffCommand = defineCommand<DiffArgs>({
  command: "diff",
  describe:
    "Show what a change to the file does (entries added, removed, changed) between a git revision and the working tree; needs no credentials",
  builder: (yargs) =>
    yargs
      .option("base", {
        type: "string",
        demandOption: true,
        describe: "The git revision to compare with, e.g. origin/main",
      })
      .example("$0 diff --base origin/main", "What this branch changes in blacklist.yaml")
      .example("$0 diff --base HEAD --format markdown", "Uncommitted changes, for a PR summary"),
  run: async (args, io) => {
    // 1-3. The file at the base revision and in the working tree, and what changed.
    const { diff, repoPath } = await diffAtBase(args, io);
    // Text and markdown say it in their output; JSON has base_missing, so tell the reader here.
    if (diff.base_missing && args.format === "json" && !args.quiet) {
      const note = msg("cmd.diff.baseMissing", { path: repoPath, base: args.base });
      io.stderr(`${say(args.lang, note)}\n`);
    }
    // 4. Print.
    if (args.format === "json") io.stdout(renderFileDiffJson(diff));
    else if (args.format === "markdown") io.stdout(renderFileDiffMarkdown(diff, args));
    else io.stdout(renderFileDiffText(diff, { lang: args.lang, color: useColor(args, io) }));
    return 0; // informational: a diff is never a failure
  },
});

/**
 * What a change to `file` does since `base` (one account's part of `wxbl diff` with a
 * wxbl.yaml too): 1. where the file is in the repository and what it was at the base revision,
 * 2. both versions through the same loader as every other command (exit 3 when either is not
 * valid), 3. the diff.
 */
export async function diffAtBase(
  args: Pick<GlobalOptions, "file" | "lang"> & DiffArgs,
  io: Io,
): Promise<{ diff: FileDiff; repoPath: string }> {
  // 1. Where the file is in the repository, and what it was at the base revision.
  const git = (gitArgs: string[]) => gitOutput(gitArgs, io.cwd);
  const repoPath = await pathInRepository(args.file, io.cwd, git);
  await checkRevision(args.base, git);
  const baseText = await fileAtRevision(args.base, repoPath, git);
  // 2. Load both versions through the same loader as every other command.
  const now = io.now?.() ?? new Date();
  const next = await loadWorkingTree(args.file, io.cwd, now);
  const old =
    baseText === undefined
      ? undefined
      : await loadDesired(`${args.base}:${repoPath}`, { now, text: baseText });
  requireValid(next, args.file, io, args.lang);
  if (old) {
    const label = msg("cmd.diff.fileAtBase", { file: args.file, base: args.base });
    requireValid(old, label, io, args.lang);
  }
  // 3. Diff.
  const diff = fileDiff({ base: args.base, file: args.file, old: old?.state, new: next.state! });
  return { diff, repoPath };
}

/**
 * The working-tree version, named as the operator named it. Its text goes to the loader when
 * it is valid UTF-8 (a BOM kept); otherwise the loader reads the bytes itself and reports them.
 */
async function loadWorkingTree(file: string, cwd: string, now: Date): Promise<LoadResult> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return loadDesired(path, { now }); // the loader's message for a missing or unreadable file
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return loadDesired(path, { now }); // not UTF-8: the loader says where
  }
  return loadDesired(file, { now, text });
}

type Git = (
  args: string[],
) => Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }>;

async function gitOutput(args: string[], cwd: string): ReturnType<Git> {
  const out = await runGit(args, cwd);
  if (out.ok) return out;
  if (out.noGit) throw new InputError(msg("cmd.diff.noGit"));
  return { ok: false, stderr: out.stderr.trim() };
}

/** The file's path from the repository root, with `/` separators (what `git show` wants). */
async function pathInRepository(file: string, cwd: string, git: Git): Promise<string> {
  const prefix = await git(["rev-parse", "--show-prefix"]);
  if (!prefix.ok) {
    throw new InputError(msg("cmd.diff.notRepo", { cwd, detail: firstLine(prefix.stderr) }));
  }
  const fromCwd = isAbsolute(file) ? relative(cwd, file) : file;
  const path = posix.normalize(posix.join(prefix.stdout.trim(), fromCwd.split(sep).join("/")));
  if (path.startsWith("../") || path === "..") {
    throw new InputError(msg("cmd.diff.outside", { file }));
  }
  return path;
}

async function checkRevision(base: string, git: Git): Promise<void> {
  const found = await git([
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${base}^{commit}`,
  ]);
  if (found.ok) return;
  const remoteBranch = /^([\w.-]+)\/(.+)$/.exec(base);
  throw new InputError(
    msg("cmd.diff.unknownRevision", {
      base,
      ...(remoteBranch ? { remote: remoteBranch[1] ?? "", branch: remoteBranch[2] ?? "" } : {}),
    }),
  );
}

/** The file's text at the revision, or undefined when it did not exist there. */
async function fileAtRevision(base: string, path: string, git: Git): Promise<string | undefined> {
  const exists = await git(["cat-file", "-e", `${base}:${path}`]);
  if (!exists.ok) return undefined;
  const shown = await git(["show", `${base}:${path}`]);
  if (!shown.ok) {
    throw new InputError(
      msg("cmd.diff.cannotReadAt", { path, base, detail: firstLine(shown.stderr) }),
    );
  }
  return shown.stdout;
}

function requireValid(result: LoadResult, label: string | Message, io: Io, lang: Lang): void {
  if (result.state) return;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  for (const d of errors) io.stderr(`${formatDiagnostic(d, lang)}\n`);
  throw new InputError(msg("cmd.diff.invalid", { label, errors: errors.length }));
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
