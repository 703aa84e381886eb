import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileText, followers, live, startActionWorld, type ActionWorld } from "./action-fixture.js";

/** apply, drift, validate and diff through the Action's entry point, against the sandbox. */
let world: ActionWorld;
beforeEach(async () => {
  world = await startActionWorld();
});
afterEach(async () => {
  await world.close();
});

/** A scheduled run: no pull request in the event. */
const schedule = { event: { schedule: "17 3 * * *" }, eventName: "schedule" };

describe("the Action: drift keeps ONE issue", { timeout: 120_000 }, () => {
  it("opens it on drift, updates it the next day, closes it once apply made them match", async () => {
    const opened = await world.run({ command: "drift", ...world.credentials() }, schedule);
    expect(opened.code).toBe(0); // drift (exit 2) is reported by the issue, not a failed step
    expect(opened.outputs).toMatchObject({ "exit-code": "2", changes: "true" });
    expect(world.github.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /repos/octo-org/blacklist/labels",
      "POST /repos/octo-org/blacklist/issues",
    ]);
    const [issue] = world.github.issues;
    expect(issue).toMatchObject({ title: "Blacklist drift detected", labels: ["wxbl-drift"] });
    expect(issue!.body.split("\n")[0]).toBe("<!-- wxbl:drift -->");
    expect(issue!.body).toContain(followers[12]);
    expect(issue!.body).not.toContain(world.sandbox.secret);

    const updated = await world.run({ command: "drift", ...world.credentials() }, schedule);
    expect(updated.outputs["exit-code"]).toBe("2");
    expect(world.github.issues).toHaveLength(1);
    expect(world.github.writes().at(-1)).toMatchObject({
      method: "PATCH",
      path: `/repos/octo-org/blacklist/issues/${issue!.number}`,
    });

    const applied = await world.run({ command: "apply", ...world.credentials() }, schedule);
    expect(applied.outputs["exit-code"]).toBe("0");

    const closed = await world.run({ command: "drift", ...world.credentials() }, schedule);
    expect(closed.outputs).toMatchObject({ "exit-code": "0", changes: "false" });
    expect(world.github.issues).toHaveLength(1);
    expect(world.github.issues[0]).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(world.github.comments.at(-1)!.body).toContain("No drift any more");
    expect(world.github.calls.some((c) => c.path.startsWith("/search"))).toBe(false);
  });

  it("a failed plan leaves the issue alone and fails the step", async () => {
    const run = await world.run({ command: "drift" }, schedule); // no credentials: exit 3
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    expect(world.github.calls).toEqual([]);
  });
});

describe("the Action: apply", { timeout: 120_000 }, () => {
  it("applies, writes the report under RUNNER_TEMP and the outcome in the summary", async () => {
    const run = await world.run({ command: "apply", ...world.credentials() }, schedule);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "exit-code": "0", changes: "true" });
    expect(run.outputs.report).toMatch(/wxbl-apply-report\.json$/);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as {
      blocked: string[];
      unblocked: string[];
      verified: boolean;
    };
    expect(report.blocked).toHaveLength(5);
    expect(report.unblocked).toHaveLength(2);
    expect(report.verified).toBe(true);
    expect(run.summary).toContain("Exit 0: applied");
    expect(run.summary).toContain("| 5 | 2 | 0 | 0 | 0 | yes |");
    expect(run.summary).toBe(`${readFileSync(run.outputs.markdown!, "utf8")}\n`);
    // The CLI's output reaches the log with workflow commands switched off around it.
    expect(run.stdout).toMatch(/::stop-commands::([\w-]+)\n[\s\S]*Verified[\s\S]*::\1::/);
    expect(world.sandbox.state().blacklist.sort()).toEqual(
      [...live.slice(2), ...followers.slice(10, 15)].sort(),
    );
    const shown = run.stdout.replace(`::add-mask::${world.sandbox.secret}\n`, "");
    expect(shown + run.stderr + run.summary).not.toContain(world.sandbox.secret);
  });

  it("a tripped guard fails the step with exit 4, nothing changed, no report", async () => {
    writeFileSync(
      join(world.repo, "blacklist.yaml"),
      fileText([...live.slice(2), ...followers.slice(10, 15)], 2),
    );
    const run = await world.run({ command: "apply", ...world.credentials() }, schedule);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ "exit-code": "4", changes: "false", report: "" });
    expect(run.summary).toContain("Exit 4: refused for safety");
    expect(run.stdout).toMatch(/^::error::wxbl apply exited 4/m);
    expect(world.sandbox.state().blacklist.sort()).toEqual([...live].sort());
  });

  it("args pass flags through: --force goes past the guard", async () => {
    writeFileSync(
      join(world.repo, "blacklist.yaml"),
      fileText([...live.slice(2), ...followers.slice(10, 15)], 2),
    );
    const run = await world.run(
      { command: "apply", args: "--force --concurrency 2", ...world.credentials() },
      schedule,
    );
    expect(run.outputs).toMatchObject({ "exit-code": "0", changes: "true" });
  });
});

describe("the Action: validate and diff", { timeout: 120_000 }, () => {
  it("validate prints annotations GitHub obeys (outside any stop-commands) and fails on errors", async () => {
    writeFileSync(join(world.repo, "blacklist.yaml"), `${fileText(live)}  - not an openid\n`);
    const run = await world.run({ command: "validate" });
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    const annotation = run.stdout.match(/^::error file=blacklist\.yaml,line=17[^\n]*::/m);
    expect(annotation).not.toBeNull();
    const before = run.stdout.slice(0, annotation!.index);
    const stopped = [...before.matchAll(/^::stop-commands::([\w-]+)$/gm)].map((m) => m[1]);
    for (const token of stopped) expect(before).toContain(`::${token}::`);
    expect(run.summary).toContain("### wxbl validate failed (exit 3)");
  });

  it("diff on a pull request compares with its base commit: summary, changes=true, no comment with comment: false", async () => {
    const run = await world.run({ command: "diff", comment: "false" });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "exit-code": "0", changes: "true" });
    expect(run.summary).toContain(`against \`${world.baseSha}\``);
    expect(run.summary).toContain(followers[12]);
    expect(world.github.calls).toEqual([]);
  });

  it("diff outside a pull request without --base is an input error naming the fix", async () => {
    const run = await world.run({ command: "diff" }, schedule);
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    expect(run.stdout).toMatch(/^::error::diff outside a pull request needs a base revision/m);
  });

  it("an unknown command fails with the list of commands, no stack trace", async () => {
    const run = await world.run({ command: "deploy" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::the command input "deploy" is not one of validate/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
