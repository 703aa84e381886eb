import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wxbl } from "./run-wxbl.js";

const root = new URL("../../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  version: string;
};
const bin = new URL("bin/wxbl.js", root).pathname;

describe("wxbl --version", () => {
  it("is the package's version, 0.2.0 or later", () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.localeCompare("0.2.0", "en", { numeric: true })).toBeGreaterThanOrEqual(0);
  });

  it.each([[["--version"]], [["--version", "--lang", "zh-CN"]], [["--lang", "en", "--version"]]])(
    "prints the bare version and exits 0 in-process: %j",
    async (args) => {
      const run = await wxbl(args, { cwd: "/", env: {} });
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    },
  );

  it.each([[["--version"]], [["--version", "--no-color"]]])(
    "prints the bare version and exits 0 from bin/wxbl.js (the built package): %j",
    (args) => {
      const child = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
      expect({ code: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({
        code: 0,
        stdout: `${version}\n`,
        stderr: "",
      });
    },
  );

  it("lists --version in the help", async () => {
    const run = await wxbl(["--help"], { cwd: "/", env: {} });
    expect(run.stdout).toMatch(/--version\s+Show version number/);
  });
});
