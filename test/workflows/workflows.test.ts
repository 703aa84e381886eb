import { describe, expect, it } from "vitest";
import { workflowErrors } from "./workflow-errors.js";
import { readWorkflow, workflowFiles } from "./workflow-files.js";

/**
 * This repository's own workflows (SPEC 8: the tool's CI and release). The workflows a config
 * repository runs are the ones `wxbl init` writes: init-workflows.test.ts checks them.
 */

/** The write permissions each job may hold; everything else reads `contents` only. */
const ALLOWED_WRITES: Record<string, Record<string, string[]>> = {
  "ci.yml": { test: [], "action-bundle": [], package: [] },
  // The OIDC token npm's provenance is signed with; pushing the moved major tag.
  "release.yml": { publish: ["id-token"], "major-tag": ["contents"] },
};

const files = workflowFiles();

describe("the GitHub workflows", () => {
  it("are the tool's own: CI and release (plan, apply and drift moved into what wxbl init writes)", () => {
    expect(files).toEqual(["ci.yml", "release.yml"]);
  });

  it.each(files)("%s is valid for GitHub's workflow parser", async (file) => {
    const workflow = readWorkflow(file);
    expect(await workflowErrors(file, workflow.text)).toEqual([]);
  });

  it.each([
    [
      "an unknown permission level",
      "permissions: { contents: readd }\n",
      "Unexpected value 'readd'",
    ],
    ["a misspelt step key", "", "Unexpected value 'runn'"],
  ])("the parser check fails on %s", async (_, permissions, message) => {
    const broken = `on: push\n${permissions}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - runn: echo\n`;
    expect((await workflowErrors("broken.yml", broken)).join("\n")).toContain(message);
  });

  it.each(files)("%s reads contents only at the top level", (file) => {
    expect(readWorkflow(file).permissions).toEqual({ contents: "read" });
  });

  it.each(files)("%s gives each job only the write permissions it needs", (file) => {
    const workflow = readWorkflow(file);
    const allowed = ALLOWED_WRITES[file] ?? {};
    expect(Object.keys(workflow.jobs).sort()).toEqual(Object.keys(allowed).sort());
    for (const [id, job] of Object.entries(workflow.jobs)) {
      const permissions = job.permissions ?? workflow.permissions;
      expect(typeof permissions, `${file} job ${id}: permissions must be a map`).toBe("object");
      const granted = permissions as Record<string, string>;
      const writes = Object.entries(granted)
        .filter(([, level]) => level === "write")
        .map(([scope]) => scope)
        .sort();
      expect(writes, `${file} job ${id}`).toEqual(allowed[id]);
      if (!allowed[id]?.includes("contents")) {
        expect(granted.contents, `${file} job ${id}`).toBe("read");
      }
    }
  });

  it.each(files)(
    "%s pins every action to a full commit SHA with its version in a comment",
    (file) => {
      const usesLines = readWorkflow(file)
        .text.split("\n")
        .filter((line) => /^\s*(-\s+)?uses:/.test(line));
      expect(usesLines.length).toBeGreaterThan(0);
      for (const line of usesLines) {
        const ref = line.replace(/^\s*(-\s+)?uses:\s*/, "");
        if (ref.startsWith("./")) continue; // a local action lives in this repository
        expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    },
  );

  it.each(files)("%s never runs on pull_request_target", (file) => {
    const workflow = readWorkflow(file);
    expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
    expect(workflow.text).not.toMatch(/pull_request_target:/);
  });

  it.each(files)("%s hands secrets to single steps, never to a whole job or workflow", (file) => {
    const workflow = readWorkflow(file);
    expect(JSON.stringify(workflow.env ?? {})).not.toContain("secrets.");
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(JSON.stringify(job.env ?? {}), `${file} job ${id}`).not.toContain("secrets.");
    }
  });
});
