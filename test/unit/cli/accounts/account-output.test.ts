import { describe, expect, it } from "vitest";
import { accountIo, prefixLines } from "../../../../src/cli/accounts/account-output.js";
import type { Io } from "../../../../src/cli/io.js";

describe("prefixLines", () => {
  it.each([
    { text: "", out: "" },
    { text: "one\n", out: "[shop] one\n" },
    { text: "one\n\ntwo\n", out: "[shop] one\n[shop]\n[shop] two\n" },
    { text: "no newline", out: "[shop] no newline" },
  ])("$text", ({ text, out }) => {
    expect(prefixLines(text, "[shop] ")).toBe(out);
  });
});

describe("accountIo", () => {
  it("names the account at the start of every stderr line, however the text arrives", () => {
    let stderr = "";
    const io = { stderr: (text: string) => void (stderr += text), interactive: true } as Io;
    const account = accountIo(io, { name: "shop" });
    account.stderr("Reading: 1 of 3");
    account.stderr(" (33%)\nReading: 3");
    account.stderr(" of 3\n\nwarning: x\n");
    expect(stderr).toBe(
      "[shop] Reading: 1 of 3 (33%)\n[shop] Reading: 3 of 3\n[shop]\n[shop] warning: x\n",
    );
    expect(account.interactive).toBe(false);
  });
});
