import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer, request } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { listenOnLoopback, type Loopback } from "../support/loopback.js";
import {
  desiredFile,
  envFor,
  openids,
  readText,
  schemaValidator,
  tempDir,
  writeText,
  PATH,
} from "./run-wxbl.js";

// The real Ctrl-C: node bin/wxbl.js (built by npm test) as a child process, a real SIGINT while
// write calls are in flight. The proxy in front of a slow sandbox holds the first write calls
// until the child says it was interrupted, so "in flight at the signal" is certain, not timed.
const bin = new URL("../../bin/wxbl.js", import.meta.url).pathname;
const validateReport = schemaValidator("report.schema.json");
const kept = openids("Kept", 5);
const stray = openids("Stray", 5);
const toBlock = openids("New", 100);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-interrupt-"));
  sandbox = await startSandbox({
    seed: 3,
    faults: { latencyMs: 50 },
    state: { followers: [...kept, ...stray, ...toBlock], blacklist: [...kept, ...stray] },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

/** Forwards to the sandbox; write calls wait until `release()`; records each path as it arrives. */
async function holdingProxy(target: string, onWrite: (count: number) => void) {
  const arrived: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    arrived.push(path);
    const forward = () => {
      const upstream = request(
        `${target}${req.url ?? ""}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    if (path === PATH.block || path === PATH.unblock) {
      onWrite(arrived.filter((p) => p === PATH.block || p === PATH.unblock).length);
      void released.then(forward);
    } else forward();
  });
  const loopback: Loopback = await listenOnLoopback(server);
  return { ...loopback, arrived, release };
}

describe("Ctrl-C (a real SIGINT) during apply", () => {
  it("lets the calls in flight finish, starts no new one, writes the report, exit 1", async () => {
    let child: ChildProcessWithoutNullStreams | undefined;
    // Both write calls of --concurrency 2 are in flight (held): now the signal.
    const proxy = await holdingProxy(sandbox.url, (count) => {
      if (count === 2) child?.kill("SIGINT");
    });
    try {
      child = spawn(
        process.execPath,
        [bin, "apply", "--yes", "--concurrency", "2", "--report", "report.json"],
        {
          cwd: dir,
          env: { PATH: process.env.PATH, ...envFor(sandbox), WECHAT_API_BASE: proxy.url },
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        // The child has taken the signal: let the calls in flight finish.
        if (stderr.includes("Interrupted:")) proxy.release();
      });
      const code = await new Promise<number | null>((resolve) => child?.on("close", resolve));

      expect(stderr).toContain(
        "Interrupted: finishing the calls in flight, starting no new ones (Ctrl-C again to quit now).",
      );
      expect(code).toBe(1);
      const writes = proxy.arrived.filter((path) => path === PATH.block || path === PATH.unblock);
      expect(writes).toEqual([PATH.block, PATH.block]);
      const report = JSON.parse(readText(dir, "report.json")) as {
        blocked: string[];
        calls: { block: number; unblock: number };
        remaining: { block: number; unblock: number };
        stopped: { reason: string } | null;
      };
      expect(validateReport(report)).toEqual([]);
      expect(report.stopped?.reason).toBe("interrupted");
      expect(report.calls).toMatchObject({ block: 2, unblock: 0 });
      expect(report.blocked).toHaveLength(40);
      expect(report.remaining).toEqual({ block: toBlock.length - 40, unblock: stray.length });
      // The two calls in flight finished: their 40 ids are blocked on the account, nothing else moved.
      expect([...sandbox.state().blacklist].sort()).toEqual(
        [...kept, ...stray, ...report.blocked].sort(),
      );
      expect(stdout).toContain(
        `Not done: ${toBlock.length - 40} to block, ${stray.length} to unblock.`,
      );
      expect(stderr).toMatch(/wxbl: apply did not finish cleanly: stopped \(interrupted\)/);
    } finally {
      proxy.release();
      await proxy.close();
    }
  });
});
