import { describe, expect, it } from "vitest";
import { makeDiagnostic, type Diagnostic } from "../../../src/desired/diagnostic.js";
import { formatAnnotation } from "../../../src/desired/github-annotation.js";
import { msg } from "../../../src/i18n/message.js";

/** A diagnostic whose sentence ends in `detail` ("not valid YAML: DETAIL"). */
const at = (detail: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ...makeDiagnostic("blacklist.yaml", 3, 5, "error", msg("desired.invalidYaml", { detail })),
  ...extra,
});

describe("formatAnnotation", () => {
  it.each([
    ["an error", at("m"), "::error file=blacklist.yaml,line=3,col=5::not valid YAML: m"],
    [
      "a warning",
      at("m", { severity: "warning" }),
      "::warning file=blacklist.yaml,line=3,col=5::not valid YAML: m",
    ],
    [
      "a message with %, CR and LF escaped",
      at("100% bad\r\nnext"),
      "::error file=blacklist.yaml,line=3,col=5::not valid YAML: 100%25 bad%0D%0Anext",
    ],
    [
      "a file name with : and , escaped as a property",
      at("m", { file: "C:/a,b.yaml" }),
      "::error file=C%3A/a%2Cb.yaml,line=3,col=5::not valid YAML: m",
    ],
  ])("formats %s", (_name, diagnostic, expected) => {
    expect(formatAnnotation(diagnostic, "en")).toBe(expected);
  });

  it("says the message in Chinese; the command, file, line and column stay as they are", () => {
    expect(formatAnnotation(at("100% bad"), "zh-CN")).toBe(
      "::error file=blacklist.yaml,line=3,col=5::不是有效的 YAML：100%25 bad",
    );
    expect(formatAnnotation(at("m", { severity: "warning" }), "zh-CN")).toBe(
      "::warning file=blacklist.yaml,line=3,col=5::不是有效的 YAML：m",
    );
  });

  it.each(["en", "zh-CN"] as const)(
    "cuts a 50 MB openid to about 80 characters with its length (%s)",
    (lang) => {
      const openid = `o${"x".repeat(50 * 1024 * 1024)}`;
      const text = msg("desired.openid.tooLong", { openid });
      const annotation = formatAnnotation(
        makeDiagnostic("blacklist.yaml", 3, 5, "error", text),
        lang,
      );
      expect(annotation.length).toBeLessThan(300);
      expect(annotation).toContain("52,428,801");
    },
  );
});
