import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { pathFilter } from "../../../src/scaffold/workflow-parts.js";

describe("pathFilter", () => {
  it.each<[string, string]>([
    ["accounts/main/blacklist.yaml", "accounts/main/blacklist.yaml"],
    ["123", '"123"'],
    ["1.5", '"1.5"'],
    ["true", '"true"'],
    ["null", '"null"'],
    ["brands/cn [old].yaml", '"brands/cn \\\\[old\\\\].yaml"'],
    ["a*b?.yaml", '"a\\\\*b\\\\?.yaml"'],
  ])("writes %s as a paths: item YAML reads back as the escaped pattern", (path, written) => {
    expect(pathFilter(path)).toBe(written);
    const glob = path.replace(/[*?[\]!+]/g, (c) => `\\${c}`);
    expect(parse(`- ${pathFilter(path)}`)).toEqual([glob]);
  });
});
