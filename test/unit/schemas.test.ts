import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

// The CLI compiles these schemas with `validateSchema: false` to save start-up time; their own
// validity against the JSON Schema meta-schema is checked here, once, strictly.
const dir = fileURLToPath(new URL("../../schema/", import.meta.url));
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
