/**
 * Worker-thread entry of loadDesiredOffThread: loads the file and posts the LoadResult back.
 * Runs only from the compiled dist/ (a worker needs a JavaScript file).
 */
import { parentPort, workerData } from "node:worker_threads";
import { WxblError } from "../errors.js";
import { loadDesired } from "./load-desired.js";
import type { OffThreadRequest, OffThreadAnswer } from "./load-desired-off-thread.js";

const request = workerData as OffThreadRequest;
const post = (answer: OffThreadAnswer) => parentPort?.postMessage(answer);

loadDesired(request.path, { cwd: request.cwd, now: new Date(request.now) }).then(
  (result) => post({ ok: true, result }),
  (error: unknown) =>
    post({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      exitCode: error instanceof WxblError ? error.exitCode : null,
    }),
);
