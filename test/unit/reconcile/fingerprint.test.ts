import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { liveSha256, sortUnique } from "../../../src/reconcile/fingerprint.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("liveSha256", () => {
  it.each([
    ["hashes the sorted ids joined by newlines", ["oB", "oA", "oC"], "oA\noB\noC"],
    ["sorts in code-unit order, upper case first", ["ob", "oB", "o_"], "oB\no_\nob"],
    ["counts a repeated id once", ["oA", "oB", "oA"], "oA\noB"],
    ["hashes the empty string for an empty list", [], ""],
  ])("%s", (_name, live, joined) => {
    expect(liveSha256(live)).toBe(sha256(joined));
  });

  it("hashes a list longer than one chunk exactly like the whole joined text", () => {
    const live = Array.from(
      { length: 25_001 },
      (_, i) => `o${String(25_001 - i).padStart(6, "0")}`,
    );
    expect(liveSha256(live)).toBe(sha256([...live].sort().join("\n")));
  });

  it("differs when one id changes case", () => {
    expect(liveSha256(["oAbc"])).not.toBe(liveSha256(["oabc"]));
  });
});

describe("sortUnique", () => {
  it("returns a new sorted array without repeats and leaves its input alone", () => {
    const input = ["oc", "oa", "oc", "ob", "oa"];
    expect(sortUnique(input)).toEqual(["oa", "ob", "oc"]);
    expect(input).toEqual(["oc", "oa", "oc", "ob", "oa"]);
  });
});
