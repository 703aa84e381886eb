/**
 * Worker-thread entry of loadDesiredOffThread: loads the file and posts the result back with
 * the users packed (see packed-users.ts). Runs only from the compiled dist/ (a worker needs a
 * JavaScript file).
 */
import { parentPort, workerData } from "node:worker_threads";
import { WxblError } from "../errors.js";
import { loadDesired } from "./load-desired.js";
import type { OffThreadAnswer, OffThreadRequest } from "./load-desired-off-thread.js";
import { packUsers } from "./packed-users.js";

const request = workerData as OffThreadRequest;

loadDesired(request.path, { cwd: request.cwd, now: new Date(request.now) }).then(
  ({ state, diagnostics, userCount }) => {
    const packed = state ? packUsers(state.users) : undefined;
    const answer: OffThreadAnswer = {
      ok: true,
      state: state ? { ...state, users: [] } : undefined,
      packed,
      diagnostics,
      userCount,
    };
    const transfer: ArrayBuffer[] = packed
      ? [
          packed.lines.buffer as ArrayBuffer,
          packed.columns.buffer as ArrayBuffer,
          packed.reasonOf.buffer as ArrayBuffer,
        ]
      : [];
    parentPort?.postMessage(answer, transfer);
  },
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      text: error instanceof WxblError ? error.text : undefined,
      exitCode: error instanceof WxblError ? error.exitCode : null,
    } satisfies OffThreadAnswer),
);
