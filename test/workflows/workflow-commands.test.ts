import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { runSteps } from "./workflow-files.js";

/**
 * Runs the exact `run:` blocks of the workflows (issue 5, "Tests") with bash, as GitHub would,
 * against the sandbox: GITHUB_ACTIONS=true, a fresh GITHUB_STEP_SUMMARY and GITHUB_OUTPUT file
 * per step, `${{ … }}` replaced by test values (an unknown expression fails the test). The work
 * folder is a git repository with blacklist.yaml, `bin` and `.github` linked to this checkout
 * (so `node bin/wxbl.js` is this build, from dist/) and `origin/main` as the target branch.
 * Steps that talk to GitHub (`gh`) are skipped, by name.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const followers = Array.from({ length: 30 }, (_, i) => `oFollower${String(i).padStart(19, "0")}`);
const live = followers.slice(0, 10);
const BASE_FILE = fileText(live);
// The pull request blocks 5 more followers and drops 2 of the live ones.
const HEAD_FILE = fileText([...live.slice(2), ...followers.slice(10, 15)]);

function fileText(users: string[]): string {
  return `version: 1\nprune: true\nguard:\n  max_block: 50\n  max_unblock: 50\nusers:\n${users.map((u) => `  - ${u}\n`).join("")}`;
}

let work: string;
let sandbox: Sandbox;

function git(...args: string[]): void {
  execFileSync("git", args, {
    cwd: work,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
  });
}

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), "wxbl-workflow-"));
  symlinkSync(join(ROOT, "bin"), join(work, "bin"));
  symlinkSync(join(ROOT, ".github"), join(work, ".github"));
  writeFileSync(join(work, ".gitignore"), "bin\n.github\n");
  git("init", "-q", "-b", "main");
  writeFileSync(join(work, "blacklist.yaml"), BASE_FILE);
  git("add", "blacklist.yaml", ".gitignore");
  git("commit", "-q", "-m", "base");
  git("update-ref", "refs/remotes/origin/main", "HEAD");
  writeFileSync(join(work, "blacklist.yaml"), HEAD_FILE);
  sandbox = await startSandbox({ seed: 8, pageSize: 4, state: { followers, blacklist: live } });
});
afterEach(async () => {
  await sandbox.close();
  rmSync(work, { recursive: true, force: true });
});

interface StepRun {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** The values of the `${{ … }}` expressions the steps use. */
function expressions(outputs: Record<string, Record<string, string>>): Record<string, string> {
  return {
    "secrets.WECHAT_ACCESS_TOKEN": "",
    "secrets.WECHAT_APPID": sandbox.appid,
    "secrets.WECHAT_APPSECRET": sandbox.secret,
    "secrets.WECHAT_API_BASE": sandbox.url,
    "secrets.HTTPS_PROXY": "",
    "github.base_ref": "main",
    "github.server_url": "https://github.com",
    "github.repository": "owner/repo",
    "github.run_id": "42",
    "github.event.pull_request.head.sha": "0123456789abcdef0123456789abcdef01234567",
    "inputs.force": "false",
    "steps.plan.outputs.exit_code": outputs.plan?.exit_code ?? "",
    "steps.apply.outputs.exit_code": outputs.apply?.exit_code ?? "",
  };
}

function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expression: string) => {
    const value = values[expression];
    if (value === undefined) throw new Error(`no test value for the expression ${expression}`);
    return value;
  });
}

function bash(script: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // GitHub's default for `run:` on Linux: bash -e {0}. Asynchronous: the sandbox is in-process.
    const child = spawn("bash", ["--noprofile", "--norc", "-e", "-c", script], { cwd: work, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a job's run-steps in order; returns what each did, and the names it skipped and why. */
async function runJob(file: string, job: string, only?: string[]) {
  const ran: StepRun[] = [];
  const skipped: Record<string, string> = {};
  const outputs: Record<string, Record<string, string>> = {};
  let index = 0;
  for (const step of runSteps(file, job)) {
    index += 1;
    if (/^\s*gh\s|\n\s*gh\s|\$\(gh\s/.test(step.run)) {
      skipped[step.name] = "calls GitHub (gh)";
      continue;
    }
    if (step.run.trim() === "npm ci") {
      skipped[step.name] = "installs dependencies (this checkout is installed)";
      continue;
    }
    if (only && !only.includes(step.name)) {
      skipped[step.name] = "not part of this scenario";
      continue;
    }
    const summaryFile = join(work, `.summary-${index}`);
    const outputFile = join(work, `.output-${index}`);
    writeFileSync(summaryFile, "");
    writeFileSync(outputFile, "");
    const values = expressions(outputs);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      ...Object.fromEntries(
        Object.entries(step.env).map(([key, value]) => [key, substitute(String(value), values)]),
      ),
    };
    const result = await bash(substitute(step.run, values), env);
    const stepOutputs = Object.fromEntries(
      readFileSync(outputFile, "utf8")
        .split("\n")
        .filter((line) => line.includes("="))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const id = { Plan: "plan", Apply: "apply" }[step.name];
    if (id) outputs[id] = stepOutputs;
    ran.push({
      name: step.name,
      ...result,
      summary: readFileSync(summaryFile, "utf8"),
      outputs: stepOutputs,
    });
  }
  const step = (name: string) => {
    const found = ran.find((r) => r.name === name);
    if (!found) throw new Error(`step ${name} did not run`);
    return found;
  };
  return { ran, skipped, step };
}

const read = (name: string) => readFileSync(join(work, name), "utf8");

describe("plan.yml, run as GitHub would run it", () => {
  it("review job: validate passes, the diff of the file lands in the step summary", async () => {
    const { step, skipped } = await runJob("plan.yml", "review", [
      "Validate",
      "Diff against the target branch",
    ]);
    expect(skipped).toMatchObject({ Install: expect.stringMatching(/installs/) });
    expect(step("Validate").code).toBe(0);
    const diff = step("Diff against the target branch");
    expect(diff.code).toBe(0);
    expect(diff.summary).toBe(read("wxbl-diff.md"));
    expect(diff.summary).toContain(followers[10]);
  });

  it("review job on a bad file: validate fails with ::error annotations (stderr, which the runner reads too) naming the line", async () => {
    writeFileSync(join(work, "blacklist.yaml"), `${HEAD_FILE}  - not an openid\n`);
    const { step } = await runJob("plan.yml", "review", ["Validate"]);
    const validate = step("Validate");
    expect(validate.code).toBe(3);
    expect(validate.stderr).toMatch(/^::error file=blacklist\.yaml,line=20[^\n]*::/m);
    expect(validate.stdout).not.toContain("::");
  });

  it("plan job: the plan markdown in the step summary and wxbl-plan.md, exit_code=2 in GITHUB_OUTPUT, the comment composed", async () => {
    const { step, ran } = await runJob("plan.yml", "plan");
    const plan = step("Plan");
    expect(plan.code).toBe(0);
    expect(plan.outputs).toEqual({ exit_code: "2" });
    expect(plan.summary).toBe(`${read("wxbl-plan.md")}\n`);
    expect(plan.summary).toContain("<details>");
    expect(plan.summary).toContain(followers[12]);
    expect(read("wxbl-comment.md")).toContain(followers[12]);
    expect(step("Compose the pull-request comment").code).toBe(0);
    // "Fail when the plan failed" runs only on a failed plan; here it would exit 1 on its own.
    expect(ran.map((r) => r.name)).toContain("Fail when the plan failed");
    expect(sandbox.state().counts["/cgi-bin/tags/members/batchblacklist"] ?? 0).toBe(0);
    expect(plan.stdout + plan.stderr + read("wxbl-comment.md")).not.toContain(sandbox.secret);
  });

  it("plan job on a bad file: exit_code=3, the failure (with the line) in the summary", async () => {
    writeFileSync(join(work, "blacklist.yaml"), `${HEAD_FILE}  - not an openid\n`);
    const { step } = await runJob("plan.yml", "plan", ["Plan"]);
    const plan = step("Plan");
    expect(plan.code).toBe(0); // the step records the code; "Fail when the plan failed" fails the job
    expect(plan.outputs).toEqual({ exit_code: "3" });
    expect(plan.summary).toMatch(/### wxbl plan failed \(exit 3\)/);
    expect(plan.summary).toMatch(/blacklist\.yaml:20/);
  });
});

describe("apply.yml, run as GitHub would run it", () => {
  it("applies with --yes --report, exit_code=0, the outcome from the report in the summary", async () => {
    const { step } = await runJob("apply.yml", "apply");
    const apply = step("Apply");
    expect(apply.code).toBe(0);
    expect(apply.outputs).toEqual({ exit_code: "0" });
    const report = JSON.parse(read("wxbl-report.json")) as {
      blocked: string[];
      unblocked: string[];
      verified: boolean;
    };
    expect(report).toMatchObject({ verified: true });
    expect(report.blocked).toHaveLength(5);
    expect(report.unblocked).toHaveLength(2);
    const outcome = step("Outcome in the step summary");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe("");
    expect(outcome.summary).toContain("Exit 0: Applied");
    expect(outcome.summary).toContain("| 5 | 2 | 0 | 0 | 0 | yes |");
  });

  it("a tripped guard: the step fails with exit 4, no report, the summary says refused", async () => {
    writeFileSync(join(work, "blacklist.yaml"), HEAD_FILE.replace("max_block: 50", "max_block: 2"));
    const { step } = await runJob("apply.yml", "apply");
    const apply = step("Apply");
    expect(apply.code).toBe(4);
    expect(apply.outputs).toEqual({ exit_code: "4" });
    expect(apply.stderr).toMatch(
      /apply refused, nothing was changed: 5 entries .* over the guard of 2/,
    );
    expect(step("Outcome in the step summary").summary).toMatch(/Exit 4: Refused for safety/);
    expect(sandbox.state().counts["/cgi-bin/tags/members/batchblacklist"] ?? 0).toBe(0);
  });
});

describe("drift.yml, run as GitHub would run it", () => {
  it("drift: exit_code=2, the plan in the summary, the gh steps skipped, the run fails", async () => {
    const { step, skipped } = await runJob("drift.yml", "drift");
    expect(skipped).toEqual({
      Install: expect.stringMatching(/installs/),
      "Open or update the drift issue": "calls GitHub (gh)",
      "Close the drift issue": "calls GitHub (gh)",
    });
    const plan = step("Plan");
    expect(plan.code).toBe(0);
    expect(plan.outputs).toEqual({ exit_code: "2" });
    expect(plan.summary).toBe(`${read("wxbl-plan.md")}\n`);
    const fail = step("Fail on drift");
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/^::error::The live blacklist differs/m);
  });

  it("no drift: exit_code=0 and an empty summary", async () => {
    writeFileSync(join(work, "blacklist.yaml"), BASE_FILE);
    const { step } = await runJob("drift.yml", "drift", ["Plan"]);
    const plan = step("Plan");
    expect(plan.code).toBe(0);
    expect(plan.outputs).toEqual({ exit_code: "0" });
    expect(plan.summary).toContain("No changes");
  });
});
