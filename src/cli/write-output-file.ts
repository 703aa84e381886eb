import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { writeFileAtomic } from "../util/write-file-atomic.js";
import type { Io } from "./io.js";

/**
 * Writes a file the operator named (--out, --report, fmt's rewrite) atomically; a path that
 * cannot be written is exit 3, named, with what to check.
 */
export async function writeOutputFile(
  io: Io,
  path: string,
  text: string,
  what: string,
): Promise<void> {
  try {
    await writeFileAtomic(resolve(io.cwd, path), text);
  } catch (error) {
    throw new InputError(
      `cannot write ${what} to ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; check that the folder exists and is writable`,
    );
  }
}
