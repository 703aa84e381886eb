import { describe, expect, it } from "vitest";
import { REDACTED, redact, registerSecret } from "../../src/secrets.js";

describe("redact", () => {
  it.each([
    [
      "masks an access_token query value",
      "GET /cgi-bin/x?access_token=abc.def-123&y=1",
      `GET /cgi-bin/x?access_token=${REDACTED}&y=1`,
    ],
    [
      "masks a secret query value",
      "https://h/cgi-bin/token?appid=wx1&secret=s3cr3t",
      `https://h/cgi-bin/token?appid=wx1&secret=${REDACTED}`,
    ],
    ["leaves ordinary text alone", "blocked 20 openids", "blocked 20 openids"],
  ])("%s", (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it("masks every registered secret wherever it appears", () => {
    registerSecret("TOKEN-registered-0123456789");
    expect(
      redact('{"token":"TOKEN-registered-0123456789"} and again TOKEN-registered-0123456789'),
    ).toBe(`{"token":"${REDACTED}"} and again ${REDACTED}`);
  });

  it("does not register values too short to be secrets", () => {
    registerSecret("ab");
    expect(redact("ab cd ab")).toBe("ab cd ab");
  });
});
