import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import {
  callCounts,
  desiredFile,
  envFor,
  openids,
  readText,
  tempDir,
  wxbl,
  writeText,
} from "./run-wxbl.js";

// SPEC 2: stdout carries only what was asked for; with --format json|markdown it holds exactly
// that format (piped to a parser or posted as a comment), even under GITHUB_ACTIONS=true.
const kept = openids("Kept", 3);
const toBlock = openids("New", 4);

let dir: string;
let remove: () => void;
let sandbox: Sandbox;

beforeEach(async () => {
  ({ dir, remove } = tempDir("wxbl-stdout-"));
  sandbox = await startSandbox({
    seed: 9,
    state: { followers: [...kept, ...toBlock], blacklist: kept },
  });
  writeText(dir, "blacklist.yaml", desiredFile({ users: [...kept, ...toBlock] }).text);
});
afterEach(async () => {
  await sandbox.close();
  remove();
});

const run = (args: string[]) =>
  wxbl(args, { cwd: dir, env: { ...envFor(sandbox), GITHUB_ACTIONS: "true" } });

describe("stdout holds exactly the format asked for", () => {
  it.each([
    ["validate", ["validate"]],
    ["plan", ["plan"]],
    ["apply", ["apply", "--yes"]],
  ])("%s --format json: stdout is one JSON document", async (_name, args) => {
    const { code, stdout } = await run([...args, "--format", "json"]);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it("apply --format markdown: the plan's markdown on stdout, the outcome lines on stderr", async () => {
    const { code, stdout, stderr } = await run(["apply", "--yes", "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout).toContain("| ");
    expect(stdout).not.toMatch(/^(Applied|Verified|Not done|Stopped):/m);
    expect(stderr).toContain("Applied: 4 blocked, 0 unblocked.");
    expect(stderr).toContain("Verified: the live list shows every change.");
  });

  it.each(["json", "markdown"])(
    "export --format %s to stdout is refused (exit 3, nothing called): the file is YAML",
    async (format) => {
      const { code, stdout, stderr } = await run(["export", "--format", format]);
      expect(code).toBe(3);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        `cannot be --format ${format}; drop --format, or write the file with --out FILE`,
      );
      expect(callCounts(sandbox).getblacklist).toBe(0);
    },
  );

  it("export --format json --out FILE: the file is written, stdout stays empty", async () => {
    const { code, stdout } = await run(["export", "--format", "json", "--out", "live.yaml"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readText(dir, "live.yaml")).toContain(`  - ${kept[0]}`);
  });
});
