import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { VALIDATORS, validatorSource } from "../../scripts/build-validators.js";
import { validate as blacklistAllErrors } from "../../src/desired/blacklist-all-errors.generated.js";
import { validate as blacklistFirstError } from "../../src/desired/blacklist-first-error.generated.js";
import { validate as planAllErrors } from "../../src/cli/plan-all-errors.generated.js";

// The CLI runs validators compiled from these schemas ahead of time (scripts/build-validators.js);
// the schemas' own validity against the JSON Schema meta-schema is checked here, strictly.
const root = new URL("../../", import.meta.url);
const dir = fileURLToPath(new URL("schema/", root));
const files = readdirSync(dir).filter((name) => name.endsWith(".schema.json"));

describe("schema/", () => {
  it("holds the blacklist, plan and report schemas, and those of several accounts", () => {
    expect(files.sort()).toEqual([
      "blacklist.schema.json",
      "plan.schema.json",
      "plans.schema.json",
      "report.schema.json",
      "reports.schema.json",
      "wxbl.schema.json",
    ]);
  });

  it.each(files)("%s is a valid JSON Schema under ajv's strict mode", (name) => {
    const schema = JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as object;
    const ajv = new Ajv({ strict: true, validateSchema: true, allErrors: true });
    // The schemas of several accounts refer to the one-account schemas by relative $ref.
    for (const other of files.filter((file) => file !== name)) {
      ajv.addSchema(JSON.parse(readFileSync(`${dir}${other}`, "utf8")) as object);
    }
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe("the validators compiled ahead of time", () => {
  it.each(VALIDATORS.map((spec) => [spec.out, spec] as const))(
    "%s is what scripts/build-validators.js writes from the schema today",
    (out, spec) => {
      // Fails after a schema edit until `npm run build:validators` has been run.
      expect(readFileSync(new URL(out, root), "utf8")).toBe(validatorSource(spec));
    },
  );

  const schema = JSON.parse(readFileSync(`${dir}blacklist.schema.json`, "utf8")) as object;
  const compiled = {
    first: new Ajv({ allErrors: false }).compile(schema),
    all: new Ajv({ allErrors: true }).compile(schema),
  };
  const generated = {
    first: blacklistFirstError as unknown as ValidateFunction,
    all: blacklistAllErrors as unknown as ValidateFunction,
  };
  const openid = "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm";
  it.each([
    [
      "a valid file",
      { version: 1, users: [openid, { openid, reason: "spam", expires: "2027-03-01" }] },
    ],
    [
      "a valid file with every key",
      {
        version: 1,
        appid: "wx0123456789abcdef",
        prune: false,
        guard: { max_block: 5, max_unblock: "12.5%" },
        users: [],
      },
    ],
    ["no users", { version: 1 }],
    ["version 2", { version: 2, users: [] }],
    ["an unknown top-level key", { version: 1, users: [], prnue: true }],
    ["a bad appid", { version: 1, appid: "wx123", users: [] }],
    ["a bad openid", { version: 1, users: ["o bad", { openid: "" }] }],
    ["an unknown user key", { version: 1, users: [{ openid, reson: "x" }] }],
    [
      "a bad date and a number reason",
      { version: 1, users: [{ openid, reason: 5, expires: "2027-3-1" }] },
    ],
    ["a bad guard", { version: 1, users: [], guard: { max_block: -1, max_unblock: "25" } }],
    ["not a map", [1, 2]],
  ])("agree with ajv compiling the schema at run time on %s", (_, data) => {
    for (const kind of ["first", "all"] as const) {
      expect(generated[kind](data), kind).toBe(compiled[kind](data));
      expect(generated[kind].errors, kind).toEqual(compiled[kind].errors);
    }
  });

  const planSchema = JSON.parse(readFileSync(`${dir}plan.schema.json`, "utf8")) as object;
  const plan = {
    format: "wxbl-plan/1",
    summary: { block: 1, unblock: 1, unchanged: 0, unmanaged: 0, live: 1, desired: 1 },
    changes: [
      { action: "block", openid, reason: "spam", line: 9 },
      { action: "unblock", openid: "o7esq5Fa0000000000000000000A", why: "not in file" },
    ],
    fingerprint: { file_sha256: "a".repeat(64), live_sha256: "b".repeat(64), appid: null },
    guard: { tripped: false, reasons: [] },
  };
  it.each([
    ["a saved plan", plan],
    [
      "an empty appid (minLength counts code points)",
      { ...plan, fingerprint: { ...plan.fingerprint, appid: "" } },
    ],
    [
      "an appid of one emoji",
      { ...plan, fingerprint: { ...plan.fingerprint, appid: "\u{1F600}" } },
    ],
    ["an unblock without why", { ...plan, changes: [{ action: "unblock", openid }] }],
    ["another format", { ...plan, format: "wxbl-plan/2" }],
  ])("the plan validator agrees with ajv compiling the plan schema on %s", (_, data) => {
    const compiledPlan = new Ajv({ allErrors: true }).compile(planSchema);
    const generatedPlan = planAllErrors as unknown as ValidateFunction;
    expect(generatedPlan(data)).toBe(compiledPlan(data));
    expect(generatedPlan.errors).toEqual(compiledPlan.errors);
  });
});

describe("the validators of several accounts, compiled ahead of time", () => {
  const read = (name: string) => JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as object;
  const plan = {
    format: "wxbl-plan/1",
    summary: { block: 0, unblock: 0, unchanged: 0, unmanaged: 0, live: 0, desired: 0 },
    changes: [],
    fingerprint: { file_sha256: "a".repeat(64), live_sha256: "b".repeat(64), appid: null },
    guard: { tripped: false, reasons: [] },
  };
  it.each([
    [
      "wxbl.yaml with two accounts",
      "wxbl",
      { accounts: { main: { file: "a.yaml" }, shop: { file: "b.yaml", env: "SHOP" } } },
    ],
    [
      "wxbl.yaml with a bad name and an unknown key",
      "wxbl",
      { accounts: { Shop: { file: "a.yaml", fil: 1 } } },
    ],
    ["wxbl.yaml with no account", "wxbl", { accounts: {} }],
    ["saved plans", "plans", { format: "wxbl-plans/1", accounts: { main: plan }, errors: {} }],
    [
      "saved plans with a bad plan and an error",
      "plans",
      {
        format: "wxbl-plans/1",
        accounts: { main: { ...plan, format: "x" } },
        errors: { shop: { exit_code: 2, message: "" } },
      },
    ],
  ])("agree with ajv compiling the schema on %s", async (_, which, data) => {
    const ajv = new Ajv({ allErrors: true });
    if (which === "plans") ajv.addSchema(read("plan.schema.json"));
    const compiled = ajv.compile(
      read(which === "plans" ? "plans.schema.json" : "wxbl.schema.json"),
    );
    const module =
      which === "plans"
        ? await import("../../src/accounts/plans-all-errors.generated.js")
        : await import("../../src/accounts/wxbl-all-errors.generated.js");
    const generated = module.validate as unknown as ValidateFunction;
    expect(generated(data)).toBe(compiled(data));
    expect(generated.errors).toEqual(compiled.errors);
  });
});
