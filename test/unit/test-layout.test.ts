import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The house rules for tests (STYLE 11): unit tests exercise pure code and open no sockets
 * (those live in test/integration), and the folders under test/unit mirror src/.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const UNIT = join(ROOT, "test/unit");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** What opens a socket: the network modules, the loopback helpers, the sandbox, fetch. */
const SOCKETS = [
  /from "node:(http|https|net|http2|dgram)"/,
  /from "undici"/,
  /support\/(loopback|scripted-server|github-api-stand-in|sandbox-http|sandbox-helpers)\.js"/,
  /\bstartSandbox\(/,
  /\bfetch\(/,
];

describe("test/unit", () => {
  it("opens no sockets: no network module, loopback helper, sandbox or fetch", () => {
    const offenders = files(UNIT)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return SOCKETS.filter((pattern) => pattern.test(text)).map(
          (pattern) => `${relative(ROOT, file)}: ${pattern.source}`,
        );
      })
      // This file names the patterns.
      .filter((offence) => !offence.startsWith("test/unit/test-layout.test.ts"));
    expect(offenders).toEqual([]);
  });

  it("has folders that mirror src/", () => {
    const folders = readdirSync(UNIT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(3);
    expect(folders.filter((name) => !existsSync(join(ROOT, "src", name)))).toEqual([]);
  });
});
