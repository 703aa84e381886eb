import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/desired/diagnostic.js";
import { formatAnnotation } from "../../../src/desired/github-annotation.js";

const base: Diagnostic = {
  file: "blacklist.yaml",
  line: 3,
  column: 5,
  severity: "error",
  message: "m",
};

describe("formatAnnotation", () => {
  it.each([
    ["an error", base, "::error file=blacklist.yaml,line=3,col=5::m"],
    [
      "a warning",
      { ...base, severity: "warning" as const },
      "::warning file=blacklist.yaml,line=3,col=5::m",
    ],
    [
      "a message with %, CR and LF escaped",
      { ...base, message: "100% bad\r\nnext" },
      "::error file=blacklist.yaml,line=3,col=5::100%25 bad%0D%0Anext",
    ],
    [
      "a file name with : and , escaped as a property",
      { ...base, file: "C:/a,b.yaml" },
      "::error file=C%3A/a%2Cb.yaml,line=3,col=5::m",
    ],
  ])("formats %s", (_name, diagnostic, expected) => {
    expect(formatAnnotation(diagnostic)).toBe(expected);
  });
});
