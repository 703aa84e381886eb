import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { wxbl as runWxbl } from "./run-wxbl.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/desired", import.meta.url));

const wxbl = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runWxbl(args, { cwd: fixtures, env, now: new Date("2026-06-01T00:00:00Z") });

describe("wxbl validate", () => {
  it.each([
    ["valid.yaml", 0, "", "valid.yaml: 0 errors, 0 warnings, 2 users\n"],
    ["bom-crlf.yaml", 0, "", "bom-crlf.yaml: 0 errors, 0 warnings, 1 user\n"],
    [
      "malformed.yaml",
      3,
      [
        'malformed.yaml:4:5: error: openid 12345 is read by YAML as a number; quote it: "12345"',
        "malformed.yaml:5:5: error: duplicate openid o6_bmjrPTlm6_2sgVt7hMZOPfL2M: on lines 3 and 5; keep one (wxbl fmt merges identical entries)",
        'malformed.yaml:6:5: warning: openid "short" does not look like a WeChat openid (28 characters starting with o); check it was copied whole',
        "",
      ].join("\n"),
      "malformed.yaml: 2 errors, 1 warning, 4 users\n",
    ],
    [
      "empty.yaml",
      3,
      "empty.yaml:1:1: error: the file is empty; start it with 'version: 1' and a 'users:' list\n",
      "empty.yaml: 1 error, 0 warnings, 0 users\n",
    ],
    [
      "tabs.yaml",
      3,
      "tabs.yaml:3:1: error: tab used for indentation; YAML indents with spaces only: replace the tab with spaces\n",
      "tabs.yaml: 1 error, 0 warnings, 0 users\n",
    ],
  ])(
    "%s exits %i with its diagnostics on stdout and a summary on stderr",
    async (file, code, out, err) => {
      const result = await wxbl(["validate", "--file", file]);
      expect(result).toEqual({ code, stdout: out, stderr: err });
    },
  );

  it("exits 3 naming the file when it does not exist", async () => {
    const result = await wxbl(["validate", "--file", "missing.yaml"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "wxbl: cannot read missing.yaml: no such file; create it (see README) or name another with --file\n",
    );
  });

  it("prints the diagnostics as JSON with --format json", async () => {
    const result = await wxbl(["validate", "--file", "malformed.yaml", "--format", "json"]);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ file: "malformed.yaml", errors: 2, warnings: 1, users: 4 });
    expect(report.diagnostics[0]).toEqual({
      file: "malformed.yaml",
      line: 4,
      column: 5,
      severity: "error",
      message: 'openid 12345 is read by YAML as a number; quote it: "12345"',
    });
  });

  it("adds GitHub workflow-command annotations under GITHUB_ACTIONS=true, escaped, on stderr", async () => {
    const result = await wxbl(["validate", "--file", "malformed.yaml"], { GITHUB_ACTIONS: "true" });
    expect(result.stdout).not.toContain("::");
    const annotations = result.stderr.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toEqual([
      '::error file=malformed.yaml,line=4,col=5::openid 12345 is read by YAML as a number; quote it: "12345"',
      "::error file=malformed.yaml,line=5,col=5::duplicate openid o6_bmjrPTlm6_2sgVt7hMZOPfL2M: on lines 3 and 5; keep one (wxbl fmt merges identical entries)",
      '::warning file=malformed.yaml,line=6,col=5::openid "short" does not look like a WeChat openid (28 characters starting with o); check it was copied whole',
    ]);
  });

  it("prints no annotations outside GitHub Actions", async () => {
    const result = await wxbl(["validate", "--file", "malformed.yaml"], {
      GITHUB_ACTIONS: "false",
    });
    expect(result.stdout).not.toContain("::");
    expect(result.stderr).not.toContain("::");
  });

  it.each(["json", "markdown"])(
    "--format %s under GITHUB_ACTIONS=true: stdout holds exactly that format, the annotations are on stderr",
    async (format) => {
      const inActions = await wxbl(["validate", "--file", "malformed.yaml", "--format", format], {
        GITHUB_ACTIONS: "true",
      });
      const outside = await wxbl(["validate", "--file", "malformed.yaml", "--format", format], {});
      expect(inActions.code).toBe(3);
      expect(inActions.stdout).toBe(outside.stdout);
      if (format === "json") expect(JSON.parse(inActions.stdout)).toMatchObject({ errors: 2 });
      expect(inActions.stderr).toMatch(/^::error file=malformed\.yaml,line=4,col=5::/m);
    },
  );
});

describe("wxbl validate as a child process", () => {
  beforeAll(() => {
    if (!existsSync(`${root}/dist/cli/main.js`)) {
      execFileSync(
        process.execPath,
        [`${root}/node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"],
        {
          cwd: root,
        },
      );
    }
  });

  it.each([
    ["blacklist.yaml", `${root}/blacklist.yaml`, 0, ""],
    [
      "binary junk",
      `${fixtures}/binary.yaml`,
      3,
      `${fixtures}/binary.yaml:4:4: error: the file is not UTF-8`,
    ],
    [
      "not YAML",
      `${fixtures}/not-yaml.yaml`,
      3,
      `${fixtures}/not-yaml.yaml:3:1: error: not valid YAML`,
    ],
  ])("%s exits %#", (_name, file, code, firstLine) => {
    const child = spawnSync(process.execPath, [`${root}/bin/wxbl.js`, "validate", "--file", file], {
      encoding: "utf8",
      env: { PATH: process.env.PATH },
    });
    expect(child.status).toBe(code);
    expect(child.stdout.startsWith(firstLine)).toBe(true);
    expect(child.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
