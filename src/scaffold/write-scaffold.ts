import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../util/write-file-atomic.js";
import type { ScaffoldFile } from "./scaffold-files.js";

export interface ScaffoldResult {
  /** Paths written (new, or replaced with --force). */
  written: string[];
  /** Paths that were there already, with other contents, and were left alone. */
  kept: string[];
  /** Paths that already held exactly what init writes. */
  unchanged: string[];
}

/**
 * Writes the files under `root`, each atomically, creating folders as needed. A file that is
 * there already is kept as it is (whatever it holds) unless `force`: running init twice, or
 * in a repository that has its own workflows, never loses anyone's work.
 */
export async function writeScaffold(
  root: string,
  files: readonly ScaffoldFile[],
  options: { force: boolean },
): Promise<ScaffoldResult> {
  const result: ScaffoldResult = { written: [], kept: [], unchanged: [] };
  for (const file of files) {
    const path = join(root, ...file.path.split("/"));
    // Something there that cannot be read as a file (a folder, no permission) is kept too.
    const existing = existsSync(path) ? await readFile(path, "utf8").catch(() => null) : undefined;
    if (existing === file.text) {
      result.unchanged.push(file.path);
      continue;
    }
    if (existing !== undefined && !options.force) {
      result.kept.push(file.path);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, file.text);
    result.written.push(file.path);
  }
  return result;
}
