import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/desired/diagnostic.js";
import { loadDesired } from "../../../src/desired/load-desired.js";
import { loadDesiredOffThread } from "../../../src/desired/load-desired-off-thread.js";
import { ExitCode, WxblError } from "../../../src/errors.js";

// Both paths of the loader that plan and apply use: in-process (small files), and a worker
// thread (files of 1 MiB and more), here run from the TypeScript sources.
const workerUrl = new URL("../../support/load-desired-worker-from-source.mjs", import.meta.url);
const NOW = new Date("2026-06-01T12:00:00Z");
const PREFIX = "oDF3iY";
const id = (n: number) => `${PREFIX}${n.toString(36).padStart(22, "A")}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wxbl-off-thread-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe.each([["in-process" as const], ["worker" as const]])(
  "loadDesiredOffThread, %s",
  (thread) => {
    const load = (path: string) =>
      loadDesiredOffThread(path, { cwd: dir, now: NOW, thread, workerUrl });

    it("gives every user its own reason, whatever the reasons hold", async () => {
      const reasons = [
        '"tab\\there"',
        '"two\\nlines"',
        '"spam: 广告 (#142)"',
        "''",
        '"a \\"quoted\\" word"',
        "'single ''quoted'''",
      ];
      const lines = ["version: 1", "users:"];
      for (let i = 0; i < 60; i++) {
        if (i % 3 === 0) lines.push(`  - ${id(i)}`);
        else lines.push(`  - openid: ${id(i)}`, `    reason: ${reasons[i % reasons.length]}`);
      }
      const path = write(`reasons-${thread}.yaml`, `${lines.join("\n")}\n`);
      const expected = await loadDesired(path, { cwd: dir, now: NOW });
      const result = await load(path);
      expect(result.diagnostics).toEqual([]);
      expect(result.state).toEqual(expected.state);
      expect(result.state?.users[2]).toEqual({
        openid: id(2),
        reason: "spam: 广告 (#142)",
        line: 6,
        column: 5,
      });
    });

    it("refuses a reason holding an escaped NUL, naming its line (no reason moves to another user)", async () => {
      const lines = ["version: 1", "users:"];
      for (let i = 0; i < 5; i++) lines.push(`  - openid: ${id(i)}`, `    reason: "r${i}"`);
      lines[5] = '    reason: "a\\0b"';
      const path = write(`nul-${thread}.yaml`, `${lines.join("\n")}\n`);
      const result = await load(path);
      expect(result.state).toBeUndefined();
      expect(result.diagnostics.map((d) => formatDiagnostic(d, "en"))).toEqual([
        `${path}:6:13: error: the reason contains the control character U+0000; a reason may hold tabs and line breaks but no other control character: remove it`,
      ]);
    });

    it("reports a file with errors as loadDesired does", async () => {
      const path = write(`bad-${thread}.yaml`, `version: 2\nusers:\n  - ${id(1)}\n  - ${id(1)}\n`);
      const result = await load(path);
      const expected = await loadDesired(path, { cwd: dir, now: NOW });
      expect(result).toEqual(expected);
      expect(result.state).toBeUndefined();
      expect(result.diagnostics).toHaveLength(2);
    });

    it("throws an input error (exit 3) for a file that is missing", async () => {
      const error = await load("missing.yaml").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WxblError);
      expect((error as WxblError).exitCode).toBe(ExitCode.invalidInput);
      expect((error as WxblError).message).toMatch(/cannot read missing\.yaml: no such file/);
    });
  },
);
