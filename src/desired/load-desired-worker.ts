/**
 * Worker-thread entry of loadDesiredOffThread: loads the file and posts the result back with
 * the users packed (see packed-users.ts). The CLI runs it from the compiled dist/ (a worker
 * needs a JavaScript file); the tests run it from the sources through a loader of their own.
 */
import { parentPort, workerData } from "node:worker_threads";
import { WxblError } from "../errors.js";
import { loadDesired } from "./load-desired.js";
import type { OffThreadAnswer, OffThreadRequest } from "./load-desired-off-thread.js";
import { packedBuffers, packUsers } from "./packed-users.js";

const request = workerData as OffThreadRequest;

loadDesired(request.path, { cwd: request.cwd, now: new Date(request.now) }).then(
  ({ state, ...rest }) => {
    const packed = state ? packUsers(state.users) : undefined;
    const answer: OffThreadAnswer = {
      ok: true,
      state: state ? { ...state, users: [] } : undefined,
      packed,
      rest,
    };
    parentPort?.postMessage(answer, packed ? packedBuffers(packed) : []);
  },
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      text: error instanceof WxblError ? error.text : undefined,
      exitCode: error instanceof WxblError ? error.exitCode : null,
    } satisfies OffThreadAnswer),
);
