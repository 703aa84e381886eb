import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

// The CLI compiles these schemas with `validateSchema: false` to save start-up time; their own
// validity against the JSON Schema meta-schema is checked here, once, strictly.
const dir = fileURLToPath(new URL("../../schema/", import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith(".schema.json"));

describe("schema/", () => {
  it("holds the blacklist, plan and report schemas", () => {
    expect(files.sort()).toEqual([
      "blacklist.schema.json",
      "plan.schema.json",
      "report.schema.json",
    ]);
  });

  it.each(files)("%s is a valid JSON Schema under ajv's strict mode", (name) => {
    const schema = JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as object;
    const ajv = new Ajv({ strict: true, validateSchema: true, allErrors: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});
