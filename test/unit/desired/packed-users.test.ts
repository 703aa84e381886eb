import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DesiredEntry } from "../../../src/desired/desired-state.js";
import { packUsers, unpackUsers } from "../../../src/desired/packed-users.js";

describe("packUsers / unpackUsers (how users cross from the loader's worker thread)", () => {
  it.each<[string, DesiredEntry[]]>([
    ["no users", []],
    ["bare entries only", [{ openid: "oA", line: 3, column: 5 }]],
    [
      "reasons, empty reasons, unicode, expiry",
      [
        { openid: "oA", reason: "spam: 广告 links (#142)", line: 3, column: 5 },
        { openid: "oB", line: 5, column: 5 },
        { openid: "oC", reason: "", line: 6, column: 14 },
        { openid: "oD", reason: "timeout", expires: "2027-03-01", line: 7, column: 14 },
        { openid: "oE", expires: "2026-01-01", line: 10, column: 5 },
      ],
    ],
  ])("round-trips %s exactly", (_name, users) => {
    expect(unpackUsers(structuredClone(packUsers(users)))).toEqual(users);
  });

  it("keeps ten thousand entries in order with their positions", () => {
    const users = Array.from({ length: 10_000 }, (_, i) => ({
      openid: `o${String(i).padStart(27, "0")}`,
      ...(i % 2 ? { reason: `reason ${i}` } : {}),
      line: i + 4,
      column: 5,
    }));
    expect(unpackUsers(packUsers(users))).toEqual(users);
  });
});

describe("packUsers / unpackUsers keep every reason on its own user", () => {
  it("whatever characters the reasons hold (no character is a separator)", () => {
    const users: DesiredEntry[] = [
      { openid: "oA", reason: "a\0b", line: 3, column: 5 },
      { openid: "oB", reason: "line one\nline two", line: 5, column: 5 },
      { openid: "oC", line: 7, column: 5 },
      { openid: "oD", reason: "\0", line: 8, column: 5 },
      { openid: "oE", reason: "tab\there", line: 9, column: 5 },
    ];
    expect(unpackUsers(structuredClone(packUsers(users)))).toEqual(users);
  });

  it("on random reasons of any code units", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ unit: "binary", maxLength: 6 }), { nil: undefined })),
        (reasons) => {
          const users: DesiredEntry[] = reasons.map((reason, i) => ({
            openid: `o${i}`,
            ...(reason === undefined ? {} : { reason }),
            line: i + 1,
            column: 3,
          }));
          expect(unpackUsers(structuredClone(packUsers(users)))).toEqual(users);
        },
      ),
    );
  });
});
