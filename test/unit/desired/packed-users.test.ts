import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_GUARD, type DesiredEntry } from "../../../src/desired/desired-state.js";
import {
  packedUsersOf,
  packUsers,
  unpackUsers,
  userAt,
  userCount,
  usersWithExpiry,
  withPackedUsers,
} from "../../../src/desired/packed-users.js";

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

const userArbitrary = (i: number) =>
  fc.record(
    {
      openid: fc.oneof(
        fc.constant(`o${String(i).padStart(27, "7")}`),
        fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
      ),
      reason: fc.string({ unit: "binary", maxLength: 8 }),
      expires: fc.constantFrom("2026-01-01", "2027-03-01"),
    },
    { requiredKeys: ["openid"] },
  );

const randomUsers: fc.Arbitrary<DesiredEntry[]> = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => userArbitrary(i))))
  .map((specs) => specs.map((spec, i) => ({ ...spec, line: i + 4, column: 5 })));

describe("a state whose users stay packed until read", () => {
  const state = {
    path: "blacklist.yaml",
    sha256: "a".repeat(64),
    version: 1 as const,
    prune: true,
    guard: DEFAULT_GUARD,
  };

  it("reads each user, the count and the expiring users exactly as the unpacked list has them", () => {
    fc.assert(
      fc.property(randomUsers, (users) => {
        const packed = structuredClone(packUsers(users));
        const desired = withPackedUsers(state, packed);
        expect(packedUsersOf(desired)).toBe(packed);
        expect(userCount(desired)).toBe(users.length);
        expect(usersWithExpiry(desired)).toEqual(users.filter((user) => user.expires));
        users.forEach((user, i) => expect(userAt(packed, i)).toEqual(user));
        // Reading `users` makes them once; the packed form still describes them.
        expect(desired.users).toEqual(users);
        expect(desired.users).toBe(desired.users);
        expect(packedUsersOf(desired)).toBe(packed);
      }),
      { numRuns: 300 },
    );
  });

  it("forgets the packed form once its users are replaced", () => {
    const desired = withPackedUsers(state, packUsers([{ openid: "oA", line: 3, column: 5 }]));
    desired.users = [];
    expect(packedUsersOf(desired)).toBeUndefined();
    expect(userCount(desired)).toBe(0);
  });
});
