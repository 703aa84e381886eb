import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const SCRIPTS = new URL("../../.github/scripts/", import.meta.url);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wxbl-scripts-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function script(name: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [new URL(name, SCRIPTS).pathname, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...env },
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("compose-plan-comment.mjs (the sticky plan comment)", () => {
  it("puts the plan first, the file diff folded, and the planned commit and run", () => {
    const body = script(
      "compose-plan-comment.mjs",
      [file("plan.md", "PLAN\n"), file("diff.md", "DIFF\n")],
      { HEAD_SHA: "0123456789abcdef", RUN_URL: "https://github.com/o/r/actions/runs/1" },
    );
    expect(body).toBe(
      [
        "PLAN",
        "",
        "<details><summary>What this pull request changes in the file (wxbl diff)</summary>",
        "",
        "DIFF",
        "",
        "</details>",
        "",
        "Planned for 0123456 in [this run](https://github.com/o/r/actions/runs/1) · updated on every push · `wxbl apply` runs when this is merged.",
        "",
      ].join("\n"),
    );
  });

  it("drops the diff, with a pointer, when plan and diff together would pass GitHub's limit", () => {
    const body = script("compose-plan-comment.mjs", [
      file("plan.md", "P".repeat(40_000)),
      file("diff.md", "D".repeat(40_000)),
    ]);
    expect(body.length).toBeLessThan(65_536);
    expect(body).not.toContain("DDDD");
    expect(body).toContain("The file diff is too long for this comment");
  });

  it("says so when the plan step wrote nothing", () => {
    const body = script("compose-plan-comment.mjs", [
      join(dir, "missing.md"),
      join(dir, "none.md"),
    ]);
    expect(body).toContain("### wxbl plan produced no output");
  });
});

describe("apply-summary.mjs (the apply outcome in the step summary)", () => {
  const report = {
    format: "wxbl-report/1",
    blocked: ["o1", "o2"],
    unblocked: ["o3"],
    failed: [{ openid: "o4", action: "block", errcode: 40003, line: 12 }],
    remaining: { block: 0, unblock: 5 },
    calls: { block: 2, unblock: 1 },
    verified: false,
  };

  it.each([
    ["0", "Exit 0: Applied: the live blacklist matches blacklist.yaml."],
    ["1", "Exit 1: Failed or partial"],
    ["4", "Exit 4: Refused for safety"],
    ["", "The apply step did not run"],
  ])("explains exit code %j", (code, text) => {
    const out = script("apply-summary.mjs", [file("r.json", JSON.stringify(report))], {
      EXIT_CODE: code,
    });
    expect(out).toContain(text);
  });

  it("tabulates the report and lists failed changes with their lines", () => {
    const out = script("apply-summary.mjs", [file("r.json", JSON.stringify(report))], {
      EXIT_CODE: "1",
    });
    expect(out).toContain("| 2 | 1 | 1 | 0 | 5 | **no** |");
    expect(out).toContain("| block | `o4` | 40003 | 12 |");
  });

  it("says when no report was written", () => {
    const out = script("apply-summary.mjs", [join(dir, "absent.json")], { EXIT_CODE: "3" });
    expect(out).toContain("Exit 3: Invalid input");
    expect(out).toContain("No report was written.");
  });
});
