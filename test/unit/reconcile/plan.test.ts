import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareChanges } from "../../../src/reconcile/change.js";
import { type Plan, liveSha256, makePlan } from "../../../src/reconcile/plan.js";
import { renderPlanJson } from "../../../src/render/render-plan-json.js";
import { NOW, type UserSpec, desiredState } from "../../support/desired-fixture.js";

const schema: unknown = JSON.parse(
  readFileSync(new URL("../../../schema/plan.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema as object);

/** Plans that exercise every shape the schema allows. */
const PLANS: [string, () => Plan][] = [
  [
    "blocks with and without reasons, unblocks not in file",
    () =>
      makePlan({
        desired: desiredState([{ openid: "oA", reason: "spam" }, "oB", "oC"]),
        live: ["oC", "oZ"],
        now: NOW,
        appid: "wx0123456789abcdef",
      }),
  ],
  [
    "an expired entry unblocked with its why, line and reason",
    () =>
      makePlan({
        desired: desiredState([
          { openid: "oE", reason: "cool-off", expires: "2026-01-01" },
          { openid: "oF", expires: "2020-01-01" },
        ]),
        live: ["oE", "oF"],
        now: NOW,
      }),
  ],
  [
    "a tripped empty-file guard",
    () => makePlan({ desired: desiredState([]), live: ["oA", "oB"], now: NOW, appid: null }),
  ],
  [
    "tripped percent guards on both sides",
    () =>
      makePlan({
        desired: desiredState(Array.from({ length: 30 }, (_, i) => `oD${i}`)),
        live: Array.from({ length: 30 }, (_, i) => `oL${i}`),
        now: NOW,
      }),
  ],
  [
    "unmanaged entries with prune false",
    () =>
      makePlan({ desired: desiredState(["oA"], { prune: false }), live: ["oA", "oX"], now: NOW }),
  ],
  ["no changes at all", () => makePlan({ desired: desiredState([]), live: [], now: NOW })],
];

describe("makePlan", () => {
  it.each(PLANS)("renders JSON the schema accepts: %s", (_name, make) => {
    const json: unknown = JSON.parse(renderPlanJson(make()));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(PLANS)("renders JSON that parses back to the plan itself: %s", (_name, make) => {
    const plan = make();
    expect(JSON.parse(renderPlanJson(plan))).toEqual(plan);
  });

  it.each([
    ["an extra key", (p: Record<string, unknown>) => ({ ...p, extra: 1 })],
    [
      "a change with an unknown action",
      (p: Record<string, unknown>) => ({
        ...p,
        changes: [{ action: "mute", openid: "o1", line: 1 }],
      }),
    ],
    [
      "a block without its line",
      (p: Record<string, unknown>) => ({ ...p, changes: [{ action: "block", openid: "o1" }] }),
    ],
    [
      "an unblock with a made-up why",
      (p: Record<string, unknown>) => ({
        ...p,
        changes: [{ action: "unblock", openid: "o1", why: "because" }],
      }),
    ],
    [
      "a short live hash",
      (p: Record<string, unknown>) => ({
        ...p,
        fingerprint: { file_sha256: "a".repeat(64), live_sha256: "abc", appid: null },
      }),
    ],
    ["another format", (p: Record<string, unknown>) => ({ ...p, format: "wxbl-plan/2" })],
  ])("has a schema that rejects %s", (_name, spoil) => {
    const plan = JSON.parse(renderPlanJson(PLANS[0]![1]())) as Record<string, unknown>;
    expect(validate(spoil(plan))).toBe(false);
  });

  it("orders its keys exactly as SPEC section 3", () => {
    const plan = PLANS[0]![1]();
    expect(Object.keys(plan)).toEqual(["format", "summary", "changes", "fingerprint", "guard"]);
    expect(Object.keys(plan.summary)).toEqual([
      "block",
      "unblock",
      "unchanged",
      "unmanaged",
      "live",
      "desired",
    ]);
    expect(Object.keys(plan.fingerprint)).toEqual(["file_sha256", "live_sha256", "appid"]);
    expect(Object.keys(plan.guard)).toEqual(["tripped", "reasons"]);
  });

  it("carries the file's hash, the live list's hash and the appid (null when unknown)", () => {
    const desired = desiredState(["oA"], { sha256: "b".repeat(64) });
    expect(makePlan({ desired, live: ["oB", "oA"], now: NOW, appid: "wx1" }).fingerprint).toEqual({
      file_sha256: "b".repeat(64),
      live_sha256: liveSha256(["oA", "oB"]),
      appid: "wx1",
    });
    expect(makePlan({ desired, live: [], now: NOW }).fingerprint.appid).toBeNull();
  });

  it("gives byte-identical JSON for the same input, whatever the order of the live list and the file", () => {
    const users: UserSpec[] = [
      "o3",
      { openid: "o1", reason: "r" },
      { openid: "o5", expires: "2021-01-01" },
      "o2",
    ];
    const live = ["o9", "o5", "o2", "o7", "o8"];
    const once = renderPlanJson(makePlan({ desired: desiredState(users), live, now: NOW }));
    const again = renderPlanJson(
      makePlan({ desired: desiredState(users), live: [...live], now: NOW }),
    );
    const shuffled = renderPlanJson(
      makePlan({ desired: desiredState(users), live: [...live].reverse(), now: NOW }),
    );
    expect(again).toBe(once);
    expect(shuffled).toBe(once);
  });

  it("does not change its inputs", () => {
    const desired = desiredState(["oB", "oA"]);
    const live = ["oZ", "oA"];
    const before = JSON.stringify({ desired, live });
    makePlan({ desired, live, now: NOW });
    expect(JSON.stringify({ desired, live })).toBe(before);
  });
});

describe("makePlan, for random desired and live sets", () => {
  // A small alphabet with case variants, so sets overlap and case-sensitivity matters.
  const openid = fc.constantFrom(
    "oa",
    "oA",
    "ob",
    "oB",
    "o_",
    "o-",
    "oc",
    "oC",
    "od",
    "o0",
    "o9",
    "oz",
  );
  const expires = fc.option(
    fc.constantFrom("2020-01-01", "2026-06-14", "2026-06-15", "2026-06-16", "2031-01-01"),
    { nil: undefined },
  );
  const users = fc.uniqueArray(fc.record({ openid, expires }, { requiredKeys: ["openid"] }), {
    selector: (u) => u.openid,
  });
  const live = fc.uniqueArray(openid);

  it("makes changes that turn live into exactly the desired set (prune) or desired plus live-only (no prune)", () => {
    fc.assert(
      fc.property(users, live, fc.boolean(), (userList, liveList, prune) => {
        const specs = userList.map((u) => (u.expires === undefined ? { openid: u.openid } : u));
        const plan = makePlan({
          desired: desiredState(specs, { prune }),
          live: liveList,
          now: NOW,
        });
        const result = new Set<string>(liveList);
        for (const change of plan.changes) {
          if (change.action === "block") {
            expect(result.has(change.openid)).toBe(false);
            result.add(change.openid);
          } else {
            expect(result.has(change.openid)).toBe(true);
            result.delete(change.openid);
          }
        }
        const desiredNow = specs
          .filter((u) => !("expires" in u) || (u.expires as string) > "2026-06-15")
          .map((u) => u.openid);
        const inFile = new Set(specs.map((u) => u.openid));
        const expected = new Set(desiredNow);
        if (!prune) for (const id of liveList) if (!inFile.has(id)) expected.add(id);
        expect([...result].sort()).toEqual([...expected].sort());

        // The counts agree with the changes, and the changes are sorted.
        const blocks = plan.changes.filter((c) => c.action === "block").length;
        expect(plan.summary.block).toBe(blocks);
        expect(plan.summary.unblock).toBe(plan.changes.length - blocks);
        expect(plan.summary.unchanged + plan.summary.block).toBe(plan.summary.desired);
        expect(plan.summary.live).toBe(liveList.length);
        expect(plan.summary.unmanaged).toBe(
          prune ? 0 : liveList.filter((id) => !inFile.has(id)).length,
        );
        expect([...plan.changes].sort(compareChanges)).toEqual(plan.changes);
      }),
      { numRuns: 300 },
    );
  });
});
