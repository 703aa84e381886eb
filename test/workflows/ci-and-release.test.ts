import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readWorkflow, runSteps } from "./workflow-files.js";

/**
 * This repository's own workflows (SPEC 8): ci.yml and release.yml. workflows.test.ts checks
 * every workflow against GitHub's parser, the permissions and the pins; these check what each
 * job does, and run release.yml's shell steps for real.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
};

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};

const checkoutsKeepNoCredentials = (file: string, job: string) =>
  readWorkflow(file)
    .jobs[job]!.steps.filter((step) => step.uses?.startsWith("actions/checkout@"))
    .every((step) => step.with?.["persist-credentials"] === false);

describe("ci.yml", () => {
  const ci = readWorkflow("ci.yml");

  it("runs on push and pull request, with three jobs: tests, the Action bundle, the package", () => {
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(Object.keys(ci.jobs)).toEqual(["test", "action-bundle", "package"]);
  });

  it("typechecks, lints, tests, validates and checks the format on Node 20, 22 and 24", () => {
    expect(ci.jobs.test!.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(runSteps("ci.yml", "test").map((step) => step.run)).toEqual([
      "npm ci",
      "npm run typecheck",
      "npm run lint",
      "npx vitest run",
      "node bin/wxbl.js validate",
      "node bin/wxbl.js fmt --check",
    ]);
  });

  it("rebuilds the Action bundle, then checks it against the committed one", () => {
    const runs = runSteps("ci.yml", "action-bundle").map((step) => step.run);
    expect(runs.slice(0, 2)).toEqual(["npm ci", "npm run build:action"]);
    expect(runs).toHaveLength(3);
  });

  describe("the bundle check, run with bash in a repository", () => {
    const check = runSteps("ci.yml", "action-bundle").at(-1)!.run;
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    });

    it.each([
      ["passes when the rebuilt bundle is the committed one", true, "same", 0],
      ["fails when the rebuilt bundle differs", true, "changed", 1],
      ["fails when no bundle is committed", false, "same", 1],
    ])("%s", (_, commit, rebuilt, code) => {
      dir = mkdtempSync(join(tmpdir(), "wxbl-bundle-check-"));
      const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: gitEnv });
      git("init", "-q");
      mkdirSync(join(dir, "action", "dist"), { recursive: true });
      writeFileSync(join(dir, "action", "dist", "index.js"), "bundle();\n");
      writeFileSync(join(dir, "README.md"), "x\n");
      git("add", commit ? "." : "README.md");
      git("commit", "-q", "-m", "base");
      if (rebuilt === "changed")
        writeFileSync(join(dir, "action", "dist", "index.js"), "other();\n");
      const result = spawnSync("bash", ["-e", "-c", check], { cwd: dir, encoding: "utf8" });
      expect(result.status).toBe(code);
    });
  });

  it("packs the package and installs it offline on the oldest and the newest Node", () => {
    expect(ci.jobs.package!.strategy?.matrix?.node).toEqual([20, 24]);
    expect(runSteps("ci.yml", "package").map((step) => step.run)).toEqual([
      "npm ci",
      "npx vitest run test/package",
    ]);
  });

  it.each(["test", "action-bundle", "package"])("job %s keeps no git credentials", (job) => {
    expect(checkoutsKeepNoCredentials("ci.yml", job)).toBe(true);
  });
});

describe("release.yml", () => {
  const release = readWorkflow("release.yml");
  const publish = release.jobs.publish!;

  it("runs only for a pushed vX.Y.Z tag, one release at a time, never cancelled", () => {
    expect(release.on).toEqual({ push: { tags: ["v[0-9]+.[0-9]+.[0-9]+"] } });
    expect(release.concurrency).toEqual({ group: "release", "cancel-in-progress": false });
  });

  it("checks the tag against package.json, installs, tests, then publishes with provenance", () => {
    const names = publish.steps.map((step) => step.name ?? step.uses?.split("@")[0]);
    expect(names).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "The tag is the version in package.json",
      "Install (and build, through the prepare script)",
      "Test",
      "Publish with provenance",
    ]);
    const steps = runSteps("release.yml", "publish");
    expect(steps.map((step) => step.run.split("\n")[0])).toContain("npm test");
    const last = steps.at(-1)!;
    expect(last.run).toBe("npm publish --provenance --access public");
    expect(last.env).toEqual({ NODE_AUTH_TOKEN: "${{ secrets.NPM_TOKEN }}" });
    expect(publish.permissions).toEqual({ contents: "read", "id-token": "write" });
    const setup = publish.steps.find((step) => step.uses?.startsWith("actions/setup-node@"))!;
    expect(setup.with?.["registry-url"]).toBe("https://registry.npmjs.org");
    expect(checkoutsKeepNoCredentials("release.yml", "publish")).toBe(true);
  });

  it("moves the major tag only after the publish succeeded", () => {
    const job = release.jobs["major-tag"]!;
    expect(job.needs).toBe("publish");
    expect(job.permissions).toEqual({ contents: "write" });
    expect(JSON.stringify(job)).not.toContain("secrets.");
  });

  describe("its shell steps, run with bash", () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    });

    const tagCheck = runSteps("release.yml", "publish").find(
      (step) => step.name === "The tag is the version in package.json",
    )!.run;

    it.each([
      [`v${version}`, 0, ""],
      ["v9.9.9", 1, `::error::tag v9.9.9 but package.json says v${version}`],
    ])("the tag check passes for the tag %s: exit %i", (tag, code, output) => {
      const result = spawnSync("bash", ["-e", "-c", tagCheck], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH, GITHUB_REF_NAME: tag },
      });
      expect(result.status).toBe(code);
      expect(result.stdout).toContain(output);
    });

    it("points vX at the released commit, and moves it at the next release", () => {
      dir = mkdtempSync(join(tmpdir(), "wxbl-release-"));
      const origin = join(dir, "origin.git");
      const work = join(dir, "work");
      const env = gitEnv;
      const git = (cwd: string, ...args: string[]) =>
        execFileSync("git", args, { cwd, env, encoding: "utf8" }).trim();
      git(dir, "init", "-q", "--bare", origin);
      git(dir, "clone", "-q", origin, work);
      const moveTag = runSteps("release.yml", "major-tag").find(
        (step) => step.name === "Point vX at this release",
      )!.run;
      for (const tag of ["v1.4.0", "v1.4.1"]) {
        git(work, "commit", "-q", "--allow-empty", "-m", tag);
        const sha = git(work, "rev-parse", "HEAD");
        execFileSync("bash", ["-e", "-c", moveTag], {
          cwd: work,
          env: { ...env, GITHUB_REF_NAME: tag, GITHUB_SHA: sha },
          stdio: "ignore",
        });
        expect(git(origin, "rev-parse", "refs/tags/v1")).toBe(sha);
      }
    });
  });
});
