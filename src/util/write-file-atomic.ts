import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that a reader (or a crash) never sees half of it: the text goes to a
 * temporary file beside the target, which is then renamed over it.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Throws what writeFileAtomic would throw for `path` (a missing or read-only folder, a
 * directory in the way), without touching `path`: a temporary file is made beside it and
 * removed. For a command that must refuse an unwritable output before it changes anything.
 */
export async function checkWritable(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
  }
  const temp = tempPathFor(path);
  await writeFile(temp, "", { flag: "wx" });
  await rm(temp, { force: true });
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
}
