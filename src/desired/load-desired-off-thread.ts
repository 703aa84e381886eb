import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ExitCode, InputError, RuntimeFailure } from "../errors.js";
import { msg, type Message } from "../i18n/message.js";
import type { DesiredState } from "./desired-state.js";
import type { LoadResult } from "./load-desired.js";
import { LOAD_DESIRED_WORKER_URL as WORKER_URL } from "./load-desired-worker-url.js";
import { withPackedUsers, type PackedUsers } from "./packed-users.js";

export interface OffThreadRequest {
  path: string;
  cwd: string;
  /** Epoch milliseconds (a Date does not cross threads as a Date). */
  now: number;
}

export type OffThreadAnswer =
  | {
      ok: true;
      /** The state without its users, which travel packed. */
      state: DesiredState | undefined;
      packed: PackedUsers | undefined;
      /** Everything else of the LoadResult (diagnostics, userCount, reader, …) as it is. */
      rest: Omit<LoadResult, "state">;
    }
  | {
      ok: false;
      message: string;
      /** The error's Message, when it has one (it crosses the thread as a plain object). */
      text: Message | undefined;
      exitCode: number | null;
    };

/**
 * The loader's young generation in the worker. Small: on these machines the first touch of a
 * page costs more than the extra scavenges a small nursery takes (1M entries: 16 MB took
 * ~0.5 s less CPU than 64 MB, with ~40 MB less peak memory).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * Below this size the file is read in-process: starting a worker (a fresh isolate that loads
 * yaml and ajv again) costs about half a second on these machines, more than reading a file of
 * some 25k entries takes. Above it, the paging a worker lets run on is worth more.
 */
const WORKER_MIN_BYTES = 1024 * 1024;

export interface OffThreadOptions {
  cwd: string;
  now: Date;
  /**
   * Where the file is read: "auto" (the default) on a worker for files of WORKER_MIN_BYTES
   * and more when the compiled worker exists, else in-process; the tests choose each path.
   */
  thread?: "auto" | "worker" | "in-process";
  /** The worker's entry (default: the compiled load-desired-worker.js beside this module). */
  workerUrl?: URL;
}

/**
 * loadDesired on a worker thread, so that `plan` and `apply` keep paging the live list on the
 * main thread while the file is read and checked on the second core (SPEC section 7: local work
 * overlaps the page reads). Same result and errors as loadDesired. Run from the TypeScript
 * sources (the tests), where there is no compiled worker, and for small files, it loads in-process.
 */
export async function loadDesiredOffThread(
  path: string,
  options: OffThreadOptions,
): Promise<LoadResult> {
  const workerUrl = options.workerUrl ?? WORKER_URL;
  const thread = options.thread ?? "auto";
  if (
    thread === "in-process" ||
    (thread === "auto" &&
      (!existsSync(fileURLToPath(workerUrl)) ||
        (await fileSize(resolve(options.cwd, path))) < WORKER_MIN_BYTES))
  ) {
    const { loadDesired } = await import("./load-desired.js");
    return loadDesired(path, { cwd: options.cwd, now: options.now });
  }
  const request: OffThreadRequest = { path, cwd: options.cwd, now: options.now.getTime() };
  const answer = await new Promise<OffThreadAnswer>((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: request,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.once("message", resolve);
    worker.once("error", (error) =>
      reject(
        new RuntimeFailure(msg("desired.worker.failed", { path, error: error.message }), {
          cause: error,
        }),
      ),
    );
    worker.once("exit", (code) =>
      reject(new RuntimeFailure(msg("desired.worker.exited", { path, code }))),
    );
  });
  if (answer.ok) {
    const { state, packed, rest } = answer;
    return {
      ...rest,
      state: state && packed ? withPackedUsers(state, packed) : undefined,
    };
  }
  const said = answer.text ?? answer.message;
  if (answer.exitCode === ExitCode.invalidInput) throw new InputError(said);
  throw new RuntimeFailure(said);
}

/** The file's size, or 0 when it cannot be read (loadDesired then reports why, in-process). */
async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
