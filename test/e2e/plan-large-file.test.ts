import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { envFor } from "./run-wxbl.js";

// Files over 1 MiB are read on a worker thread by plan and apply (src/desired/
// load-desired-off-thread.ts): only the compiled binary has the worker, so this runs bin/wxbl.js.
const bin = new URL("../../bin/wxbl.js", import.meta.url).pathname;
let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ followers: 40_000, blocked: 39_000, seed: 21, pageSize: 10_000 });
  dir = mkdtempSync(join(tmpdir(), "wxbl-large-"));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function wxblChild(args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, env: { PATH: process.env.PATH, ...envFor(sandbox) }, maxBuffer: 64 << 20 },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

describe("plan with a desired-state file over 1 MiB (the worker-thread loader)", () => {
  it("plans the same as the file says, with reasons and lines intact", async () => {
    const live = sandbox.state().blacklist;
    // Keep all but the last 100 live ids, with a reason on every other one; the last live id
    // comes back as an expired entry (an unblock that carries its line and reason).
    const kept = live.slice(0, live.length - 100);
    const lines = ["version: 1", "guard:", "  max_block: 100", "  max_unblock: 100", "users:"];
    kept.forEach((openid, i) =>
      lines.push(i % 2 ? `  - openid: ${openid}\n    reason: "case #${i}: 广告"` : `  - ${openid}`),
    );
    lines.push(`  - openid: ${live.at(-1)}\n    reason: ended\n    expires: 2020-01-01`);
    writeFileSync(join(dir, "blacklist.yaml"), `${lines.join("\n")}\n`);
    expect(statSync(join(dir, "blacklist.yaml")).size).toBeGreaterThan(1024 * 1024);

    const { status, stdout, stderr } = await wxblChild([
      "plan",
      "--format",
      "json",
      "--detailed-exitcode",
      "--quiet",
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(2);
    const plan = JSON.parse(stdout) as {
      summary: Record<string, number>;
      changes: { action: string; openid: string; why?: string; line?: number; reason?: string }[];
    };
    expect(plan.summary).toMatchObject({
      block: 0,
      unblock: 100,
      unchanged: kept.length,
      live: live.length,
      desired: kept.length,
    });
    const expired = plan.changes.find((change) => change.openid === live.at(-1));
    // The expired entry is the last one: 5 header lines, 1 or 2 lines per kept entry.
    const expiredLine = 5 + kept.length + Math.floor(kept.length / 2) + 1;
    expect(expired).toEqual({
      action: "unblock",
      openid: live.at(-1),
      why: "expired 2020-01-01",
      line: expiredLine,
      reason: "ended",
    });
  });

  it("refuses a reason holding an escaped NUL, naming its line, instead of moving reasons", async () => {
    const live = sandbox.state().blacklist;
    const lines = ["version: 1", "users:"];
    live.forEach((openid, i) => lines.push(`  - openid: ${openid}`, `    reason: "case ${i}"`));
    lines[7] = '    reason: "a\\0b"'; // the third entry's reason
    writeFileSync(join(dir, "blacklist.yaml"), `${lines.join("\n")}\n`);
    expect(statSync(join(dir, "blacklist.yaml")).size).toBeGreaterThan(1024 * 1024);

    const { status, stdout, stderr } = await wxblChild(["plan", "--format", "json"]);
    expect(status).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "blacklist.yaml:8:13: error: the reason contains the control character U+0000",
    );
  });
});
