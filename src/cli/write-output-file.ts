import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { msg, type Message } from "../i18n/message.js";
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
  what: Message | string,
): Promise<void> {
  try {
    await writeFileAtomic(resolve(io.cwd, path), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(msg("cmd.output.cannotWrite", { what, path, code }));
  }
}
