import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The npm package as a user gets it (SPEC 9): `npm pack`, then the tarball installed into an
 * empty folder with no network (--offline, and a registry on a closed loopback port), then
 * `npx wxbl` there: --version, validate, and plan and apply against `wxbl sandbox` started
 * from that install. Packs what `npm run build` last built (`npm test` builds first).
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
};

// One account's openids share their first 6 characters (SPEC 7).
const ids = Array.from(
  { length: 12 },
  (_, i) => `oR5Gjj${String(i).padStart(2, "0")}q7Lm2Tv5YcJ8sDe4AbXw`,
);
const desired = ids.slice(0, 8); // 0-7 in the file
const live = [...ids.slice(4, 8), ...ids.slice(8, 10)]; // 4-7 in both; 8, 9 live only

let work: string;
let app: string;
let sandbox: ChildProcess | undefined;
let credentials: Record<string, string>;

/** No network: npm would have to reach this closed port for anything not in the tarball. */
const offline = {
  npm_config_registry: "http://127.0.0.1:9/",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync(command, args, {
    cwd: app,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ...offline, ...env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** `npx wxbl ARGS` in the install folder; `--` so that npx passes every flag on to wxbl. */
const npxWxbl = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run("npx", ["--no", "--", "wxbl", ...args], env);

let tarballFiles: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist", "wxbl.cjs"))) {
    throw new Error("dist/wxbl.cjs is missing: run `npm run build` (npm test does) first");
  }
  work = mkdtempSync(join(tmpdir(), "wxbl-pack-"));
  app = join(work, "app");
  // 1. pack: the build is already there, so no scripts (prepare would rebuild it).
  const packed = spawnSync(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", work],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...offline } },
  );
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarballFiles = info!.files.map((file) => file.path).sort();
  // 2. install into an empty folder, offline.
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), '{ "name": "config-repo", "private": true }\n');
  const installed = run("npm", ["install", "--offline", join(work, info!.filename)]);
  expect(installed.code, installed.stderr).toBe(0);
  // 3. the sandbox, from the install, with a live list that differs from the file.
  writeFileSync(join(app, "state.json"), JSON.stringify({ followers: ids, blacklist: live }));
  writeFileSync(
    join(app, "blacklist.yaml"),
    `version: 1\nusers:\n${desired.map((id, i) => (i % 2 ? `  - ${id}\n` : `  - openid: ${id}\n    reason: spam links (#${i})\n`)).join("")}`,
  );
  sandbox = spawn(
    process.execPath,
    [
      join(app, "node_modules", "wxbl", "bin", "wxbl.js"),
      "sandbox",
      "--state",
      "state.json",
      "--page-size",
      "5",
    ],
    { cwd: app, env: { PATH: process.env.PATH, NO_COLOR: "1" } },
  );
  const lines: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const reader = createInterface({ input: sandbox!.stdout! });
    reader.on("line", (line) => {
      lines.push(line);
      if (lines.length === 3) resolve();
    });
    sandbox!.once("exit", (code) => reject(new Error(`wxbl sandbox exited ${code}`)));
  });
  credentials = Object.fromEntries(lines.map((line) => line.split("=", 2) as [string, string]));
}, 120_000);

afterAll(() => {
  sandbox?.kill("SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the npm package, packed and installed offline into an empty folder", () => {
  it("ships the bin, the single-file build, the schemas, the READMEs (English, Chinese) and LICENSE: nothing else", () => {
    expect(tarballFiles).toEqual([
      "LICENSE",
      "README.md",
      "README.zh-CN.md",
      "bin/wxbl.js",
      "dist/wxbl.cjs",
      "package.json",
      "schema/blacklist.schema.json",
      "schema/plan.schema.json",
      "schema/plans.schema.json",
      "schema/report.schema.json",
      "schema/reports.schema.json",
      "schema/wxbl.schema.json",
    ]);
  });

  it("installs no dependency: node_modules holds wxbl alone", () => {
    expect(readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
      "wxbl",
    ]);
  });

  it("npx wxbl --version prints the bare version", () => {
    expect(npxWxbl(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("npx wxbl validate checks the file", () => {
    const result = npxWxbl(["validate"]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.stderr).toBe("blacklist.yaml: 0 errors, 0 warnings, 8 users\n");
  });

  it("npx wxbl plan, then apply --yes: the changes, applied and verified", async () => {
    const env = credentials;
    const plan = npxWxbl(["plan", "--detailed-exitcode"], env);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain(`+ block   ${desired[0]}`);
    expect(plan.stdout).toContain(`- unblock ${ids[8]}`);
    expect(plan.stdout).toContain("Plan: 4 to block, 2 to unblock, 4 unchanged.");

    const applied = npxWxbl(["apply", "--yes"], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout + applied.stderr).toMatch(/verified/i);
    // The live list is now the file, as the sandbox itself says.
    const state = (await (await fetch(`${env.WECHAT_API_BASE}/__sandbox/state`)).json()) as {
      blacklist: string[];
    };
    expect([...state.blacklist].sort()).toEqual([...desired].sort());
    // The sandbox's secret never shows (SPEC 2).
    const everything = [plan, applied].map((r) => r.stdout + r.stderr).join("");
    expect(everything).not.toContain(env.WECHAT_APPSECRET);
  });
});
