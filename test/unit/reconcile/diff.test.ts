import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/reconcile/change.js";
import { packedUsersOf, packUsers, withPackedUsers } from "../../../src/desired/packed-users.js";
import { diff, diffBySet } from "../../../src/reconcile/diff.js";
import { prepareLive } from "../../../src/reconcile/prepare-live.js";
import { openidLists } from "../../support/openid-arbitraries.js";
import { NOW, type UserSpec, desiredState } from "../../support/desired-fixture.js";
import { openids, shuffled } from "../../support/openids-fixture.js";

type Row = [
  name: string,
  users: UserSpec[],
  live: string[],
  prune: boolean,
  changes: Change[],
  counts: {
    block: number;
    unblock: number;
    unchanged: number;
    unmanaged: number;
    live: number;
    desired: number;
  },
];

describe("diff", () => {
  it.each<Row>([
    [
      "blocks a desired id that is not live, with its reason and line",
      [{ openid: "oA", reason: "spam" }, "oB"],
      ["oB"],
      true,
      [{ action: "block", openid: "oA", reason: "spam", line: 5 }],
      { block: 1, unblock: 0, unchanged: 1, unmanaged: 0, live: 1, desired: 2 },
    ],
    [
      "leaves out the reason of a bare entry",
      ["oA"],
      [],
      true,
      [{ action: "block", openid: "oA", line: 5 }],
      { block: 1, unblock: 0, unchanged: 0, unmanaged: 0, live: 0, desired: 1 },
    ],
    [
      "unblocks a live id that is not in the file when prune is true",
      ["oA"],
      ["oA", "oZ"],
      true,
      [{ action: "unblock", openid: "oZ", why: "not in file" }],
      { block: 0, unblock: 1, unchanged: 1, unmanaged: 0, live: 2, desired: 1 },
    ],
    [
      "leaves a live-only id alone and counts it unmanaged when prune is false",
      ["oA"],
      ["oA", "oZ", "oY"],
      false,
      [],
      { block: 0, unblock: 0, unchanged: 1, unmanaged: 2, live: 3, desired: 1 },
    ],
    [
      "counts an id both desired and live as unchanged",
      ["oA", "oB"],
      ["oB", "oA"],
      true,
      [],
      { block: 0, unblock: 0, unchanged: 2, unmanaged: 0, live: 2, desired: 2 },
    ],
    [
      "unblocks an expired live entry with its date, line and reason",
      ["oA", { openid: "oE", reason: "cooling off", expires: "2026-06-01" }],
      ["oA", "oE"],
      true,
      [
        {
          action: "unblock",
          openid: "oE",
          why: "expired 2026-06-01",
          line: 6,
          reason: "cooling off",
        },
      ],
      { block: 0, unblock: 1, unchanged: 1, unmanaged: 0, live: 2, desired: 1 },
    ],
    [
      "unblocks an expired live entry even when prune is false",
      [{ openid: "oE", expires: "2026-06-01" }],
      ["oE", "oZ"],
      false,
      [{ action: "unblock", openid: "oE", why: "expired 2026-06-01", line: 5 }],
      { block: 0, unblock: 1, unchanged: 0, unmanaged: 1, live: 2, desired: 0 },
    ],
    [
      "treats an entry expiring today (UTC) as expired",
      [{ openid: "oE", expires: "2026-06-15" }],
      ["oE"],
      true,
      [{ action: "unblock", openid: "oE", why: "expired 2026-06-15", line: 5 }],
      { block: 0, unblock: 1, unchanged: 0, unmanaged: 0, live: 1, desired: 0 },
    ],
    [
      "still desires an entry expiring tomorrow",
      [{ openid: "oE", expires: "2026-06-16" }],
      [],
      true,
      [{ action: "block", openid: "oE", line: 5, expires: "2026-06-16" }],
      { block: 1, unblock: 0, unchanged: 0, unmanaged: 0, live: 0, desired: 1 },
    ],
    [
      "does nothing for an expired entry that is not live",
      [{ openid: "oE", expires: "2020-01-01" }],
      [],
      true,
      [],
      { block: 0, unblock: 0, unchanged: 0, unmanaged: 0, live: 0, desired: 0 },
    ],
    [
      "compares openids case-sensitively",
      ["oAbc"],
      ["oabc"],
      true,
      [
        { action: "block", openid: "oAbc", line: 5 },
        { action: "unblock", openid: "oabc", why: "not in file" },
      ],
      { block: 1, unblock: 1, unchanged: 0, unmanaged: 0, live: 1, desired: 1 },
    ],
    [
      "counts a repeated live id once",
      ["oA"],
      ["oA", "oA", "oB", "oB"],
      true,
      [{ action: "unblock", openid: "oB", why: "not in file" }],
      { block: 0, unblock: 1, unchanged: 1, unmanaged: 0, live: 2, desired: 1 },
    ],
    [
      "is empty when both sides are empty",
      [],
      [],
      true,
      [],
      { block: 0, unblock: 0, unchanged: 0, unmanaged: 0, live: 0, desired: 0 },
    ],
  ])("%s", (_name, users, live, prune, changes, counts) => {
    const result = diff(desiredState(users, { prune }), live, NOW);
    expect(result.changes).toEqual(changes);
    expect(result.counts).toEqual(counts);
  });

  it("sorts blocks before unblocks, each by openid in code-unit order (upper case first)", () => {
    const users = ["ob", "oB", "o_", "o-", "oa", { openid: "oX", expires: "2020-01-01" }];
    const live = ["oz", "oX", "o0", "oZ"];
    const { changes } = diff(desiredState(users), live, NOW);
    expect(changes.map((c) => `${c.action} ${c.openid}`)).toEqual([
      "block o-",
      "block oB",
      "block o_",
      "block oa",
      "block ob",
      "unblock o0",
      "unblock oX",
      "unblock oZ",
      "unblock oz",
    ]);
  });

  it("gives the same changes whatever the order of the live list and the file", () => {
    const users = ["o3", "o1", { openid: "o5", expires: "2021-02-03" }, "o2"];
    const live = ["o9", "o5", "o2", "o7"];
    const a = diff(desiredState(users), live, NOW);
    const b = diff(desiredState([...users].reverse()), [...live].reverse(), NOW);
    expect(b.changes.map((c) => c.openid)).toEqual(a.changes.map((c) => c.openid));
    expect(b.counts).toEqual(a.counts);
  });

  it("keeps each change's keys in the order of SPEC section 3", () => {
    const users = [
      { openid: "oB", reason: "r" },
      { openid: "oE", reason: "r", expires: "2020-01-01" },
    ];
    const { changes } = diff(desiredState(users), ["oE", "oZ"], NOW);
    expect(changes.map((c) => Object.keys(c))).toEqual([
      ["action", "openid", "reason", "line"],
      ["action", "openid", "why", "line", "reason"],
      ["action", "openid", "why"],
    ]);
  });

  it("diffs 20k desired against 20k live in one pass (shape check, not timed)", () => {
    const users = Array.from({ length: 20_000 }, (_, i) => `o${String(i).padStart(27, "0")}`);
    const live = Array.from(
      { length: 20_000 },
      (_, i) => `o${String(i + 5_000).padStart(27, "0")}`,
    );
    const { counts, changes } = diff(desiredState(users), live, NOW);
    expect(counts).toEqual({
      block: 5_000,
      unblock: 5_000,
      unchanged: 15_000,
      unmanaged: 0,
      live: 20_000,
      desired: 20_000,
    });
    expect(changes).toHaveLength(10_000);
  });

  it("decides exactly as the obvious Set walk on real-shaped and awkward ids", () => {
    // Each id of the list goes to the file, to live, to both or to neither; repeats and
    // characters outside base64url (the Set walk's turn) come with the lists.
    const placement = fc.record({
      side: fc.constantFrom("file", "live", "both", "neither"),
      expires: fc.option(fc.constantFrom("2020-01-01", "2026-06-15", "2026-06-16"), {
        nil: undefined,
      }),
      reason: fc.option(fc.constantFrom("spam", "bot"), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        openidLists.chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(placement, { minLength: ids.length, maxLength: ids.length }),
          ),
        ),
        fc.boolean(),
        ([ids, places], prune) => {
          const users: UserSpec[] = [];
          const live: string[] = [];
          ids.forEach((openid, i) => {
            const { side, expires, reason } = places[i] as (typeof places)[number];
            if (side === "live" || side === "both") live.push(openid);
            if (side === "file" || side === "both") {
              users.push({
                openid,
                ...(expires === undefined ? {} : { expires }),
                ...(reason === undefined ? {} : { reason }),
              });
            }
          });
          const desired = desiredState(users, { prune });
          const obvious = diffBySet(desired, live, NOW);
          expect(diff(desired, live, NOW)).toEqual(obvious);
          // The live list prepared first (as plan and apply do while the file loads).
          expect(diff(desired, prepareLive(live), NOW)).toEqual(obvious);
          // The file as it arrives from the worker thread: its users still packed.
          const { users: entries, ...rest } = desired;
          const packed = withPackedUsers(rest, structuredClone(packUsers(entries)));
          expect(diff(packed, prepareLive(live), NOW)).toEqual(obvious);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds a live openid whose entry travels verbatim (a reason with a lone surrogate)", () => {
    const [live, other] = openids(2, 9);
    const users: UserSpec[] = [
      { openid: live as string, reason: "bad \ud800 escape" },
      { openid: other as string, reason: "ok", expires: "2020-01-01" },
    ];
    const desired = desiredState(users);
    const { users: entries, ...rest } = desired;
    const packed = withPackedUsers(rest, structuredClone(packUsers(entries)));
    expect(packedUsersOf(packed)?.verbatim).toHaveLength(1);
    const obvious = diffBySet(desired, [live as string, other as string], NOW);
    expect(diff(packed, [live as string, other as string], NOW)).toEqual(obvious);
    expect(obvious.counts.unchanged).toBe(1);
  });

  it("decides the same whether the inputs arrive sorted or shuffled", () => {
    const openid = fc.constantFrom("oa", "oA", "ob", "oB", "o_", "o-", "oc", "oC", "o0", "oz");
    const expires = fc.option(fc.constantFrom("2020-01-01", "2026-06-15", "2026-06-16"), {
      nil: undefined,
    });
    const user = fc.record(
      { openid, expires, reason: fc.option(fc.string(), { nil: undefined }) },
      { requiredKeys: ["openid"] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(user, { selector: (u) => u.openid }),
        fc.uniqueArray(openid),
        fc.boolean(),
        fc.integer(),
        (users, live, prune, seed) => {
          const clean = users.map(
            (u) =>
              Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)) as UserSpec,
          );
          const id = (u: UserSpec) => (typeof u === "string" ? u : u.openid);
          const sortedUsers = [...clean].sort((a, b) =>
            id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0,
          );
          const shuffle = <T>(items: T[]) =>
            items
              .map((item, i) => [((i + 1) * (seed | 1)) % 9973, item] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, item]) => item);
          // The line numbers follow the file order, so compare against the same file order.
          const sorted = diff(desiredState(sortedUsers, { prune }), [...live].sort(), NOW);
          const shuffled = diff(
            desiredState(sortedUsers, { prune }),
            [...shuffle(live), ...live.slice(0, 1)],
            NOW,
          );
          const unsortedFile = diff(
            desiredState(shuffle(sortedUsers), { prune }),
            [...live].sort(),
            NOW,
          );
          expect(shuffled).toEqual(sorted);
          expect(unsortedFile.counts).toEqual(sorted.counts);
          expect(
            unsortedFile.changes.map(
              (c) => `${c.action} ${c.openid} ${"why" in c ? c.why : ""} ${c.reason ?? ""}`,
            ),
          ).toEqual(
            sorted.changes.map(
              (c) => `${c.action} ${c.openid} ${"why" in c ? c.why : ""} ${c.reason ?? ""}`,
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([true, false])(
    "decides the same for a large unsorted file whether live is sorted or not, prune %s",
    (prune) => {
      const ids = openids(70_000, 11);
      const users: UserSpec[] = shuffled(ids.slice(5_000), 13).map((openid, i) =>
        i % 7 === 0
          ? { openid, reason: `r${i}`, expires: i % 2 === 0 ? "2020-01-01" : "2030-01-01" }
          : openid,
      );
      const live = ids.slice(0, 65_000);
      const bySort = diff(desiredState(users, { prune }), [...live].sort(), NOW);
      const bySet = diff(desiredState(users, { prune }), shuffled(live, 17), NOW);
      expect(bySort).toEqual(bySet);
      const liveSet = new Set(live);
      const toBlock = users.filter((u) =>
        typeof u === "string"
          ? !liveSet.has(u)
          : !liveSet.has(u.openid) && u.expires === "2030-01-01",
      );
      expect(bySort.counts.block).toBe(toBlock.length);
    },
  );

  it.each([
    ["a small file", ["oB", "oA", "oB", "oC"]],
    ["a small file otherwise in order", ["oA", "oAAAA", "oAAAA", "oC"]],
    ["a large file", [...openids(60_000, 19), "oAAAA", "oZZZZ", "oAAAA"]],
  ])(
    "decides a repeated file openid (invalid, never loaded) the same whatever the live order: %s",
    (_name, users) => {
      const live = ["oA", "oAAAA", "oD"];
      const sorted = diff(desiredState(users), [...live].sort(), NOW);
      expect(sorted).toEqual(diff(desiredState(users), [...live].reverse(), NOW));
    },
  );
});
