import { describe, expect, it } from "vitest";
import type { GuardLimit } from "../../../src/desired/desired-state.js";
import { say } from "../../../src/i18n/message.js";
import { checkGuards, guardMessages } from "../../../src/reconcile/guard.js";
import { desiredState } from "../../support/desired-fixture.js";

const pct = (value: number): GuardLimit => ({ kind: "percent", value });
const count = (value: number): GuardLimit => ({ kind: "count", value });
const FORWARD = "review the plan, then re-run apply with --force";
const ZH_FORWARD = "请先检查计划，确认无误后加 --force 重新运行 apply";

function guards(
  limits: { max_block?: GuardLimit; max_unblock?: GuardLimit },
  summary: { block: number; unblock: number; live: number },
  options: { users?: number; prune?: boolean } = {},
) {
  const users = Array.from({ length: options.users ?? 1 }, (_, i) => `o${i}`);
  const desired = desiredState(users, { guard: limits, prune: options.prune ?? true });
  return checkGuards(desired, summary);
}

describe("checkGuards", () => {
  it.each<
    [string, { max_block?: GuardLimit; max_unblock?: GuardLimit }, number, number, number, boolean]
  >([
    // name, limits, block, unblock, live, tripped
    ["passes a count guard at the limit", { max_block: count(10) }, 10, 0, 5, false],
    ["trips a count guard one over the limit", { max_block: count(10) }, 11, 0, 5, true],
    ["applies a count guard on a tiny live list", { max_unblock: count(1) }, 0, 2, 3, true],
    ["trips a count guard of 0 on any change", { max_block: count(0) }, 1, 0, 1000, true],
    [
      "passes a count guard of 0 with no change",
      { max_block: count(0), max_unblock: count(0) },
      0,
      0,
      1000,
      false,
    ],
    ["passes a percent guard at exactly the limit", { max_unblock: pct(25) }, 0, 295, 1180, false],
    ["trips a percent guard one entry over", { max_unblock: pct(25) }, 0, 296, 1180, true],
    ["measures blocks against the live list too", { max_block: pct(25) }, 296, 0, 1180, true],
    ["ignores a percent guard below 20 live entries", { max_unblock: pct(25) }, 0, 19, 19, false],
    ["ignores a percent guard on an empty live list", { max_block: pct(25) }, 1000, 0, 0, false],
    ["applies a percent guard from 20 live entries on", { max_unblock: pct(25) }, 0, 6, 20, true],
    ["trips a 0% guard on any change once live >= 20", { max_block: pct(0) }, 1, 0, 20, true],
    ["never trips a 100% unblock guard", { max_unblock: pct(100) }, 0, 1180, 1180, false],
    [
      "trips a 100% block guard past the size of the live list",
      { max_block: pct(100) },
      21,
      0,
      20,
      true,
    ],
  ])("%s", (_name, limits, block, unblock, live, tripped) => {
    const result = guards(
      { max_block: pct(100), max_unblock: pct(100), ...limits },
      { block, unblock, live },
    );
    expect(result.tripped).toBe(tripped);
    expect(result.reasons).toHaveLength(tripped ? 1 : 0);
  });

  it.each<
    [string, { max_block?: GuardLimit; max_unblock?: GuardLimit }, number, number, number, string]
  >([
    [
      "says the numbers of a percent unblock trip",
      { max_unblock: pct(25) },
      0,
      412,
      1180,
      `412 of 1,180 live entries (34.9%) would be unblocked, over the 25% guard (max_unblock); ${FORWARD}`,
    ],
    [
      "says the numbers of a percent block trip",
      { max_block: pct(25) },
      400,
      0,
      1180,
      `400 entries would be blocked, 33.9% of the 1,180 live entries, over the 25% guard (max_block); ${FORWARD}`,
    ],
    [
      "shows enough decimals to be visibly over the limit",
      { max_unblock: pct(25) },
      0,
      2501,
      10000,
      `2,501 of 10,000 live entries (25.01%) would be unblocked, over the 25% guard (max_unblock); ${FORWARD}`,
    ],
    [
      "says the numbers of a count unblock trip",
      { max_unblock: count(300) },
      0,
      412,
      1180,
      `412 of 1,180 live entries (34.9%) would be unblocked, over the guard of 300 (max_unblock); ${FORWARD}`,
    ],
    [
      "says the numbers of a count block trip",
      { max_block: count(0) },
      1,
      0,
      0,
      `1 entry would be blocked, over the guard of 0 (max_block); ${FORWARD}`,
    ],
    [
      "gives the live share of a count block trip",
      { max_block: count(1000) },
      1500,
      0,
      3000,
      `1,500 entries (50% of 3,000 live) would be blocked, over the guard of 1,000 (max_block); ${FORWARD}`,
    ],
  ])("%s", (_name, limits, block, unblock, live, reason) => {
    const result = guards(
      { max_block: pct(100), max_unblock: pct(100), ...limits },
      { block, unblock, live },
    );
    expect(result).toEqual({ tripped: true, reasons: [reason] });
  });

  it("lists both trips when blocks and unblocks are both over", () => {
    const result = guards(
      { max_block: count(1), max_unblock: count(1) },
      { block: 2, unblock: 2, live: 100 },
    );
    expect(result.reasons.map((r) => r.match(/\((max_\w+)\)/)?.[1])).toEqual([
      "max_block",
      "max_unblock",
    ]);
  });

  it.each([
    ["trips on an empty users list with prune that would unblock anything", 0, true, 1, true],
    ["trips on an empty users list even below the percent threshold", 0, true, 3, true],
    ["passes an empty users list with prune when nothing is live", 0, true, 0, false],
    ["passes an empty users list without prune", 0, false, 0, false],
    ["passes a non-empty users list under generous limits", 1, true, 3, false],
  ])("%s", (_name, users, prune, unblock, tripped) => {
    const result = guards(
      { max_block: pct(100), max_unblock: pct(100) },
      { block: 0, unblock, live: unblock },
      { users, prune },
    );
    expect(result.tripped).toBe(tripped);
    if (tripped) {
      expect(result.reasons).toEqual([
        `blacklist.yaml lists no users and prune is true, so ${unblock === 1 ? "1 entry" : `${unblock} entries`} ` +
          `(all of the live blacklist) would be unblocked; if you mean to empty the blacklist, ${FORWARD}`,
      ]);
    }
  });

  it("trips the default 25% guards of an empty file on top of the empty-list rule", () => {
    const result = checkGuards(desiredState([]), { block: 0, unblock: 40, live: 40 });
    expect(result.tripped).toBe(true);
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0]).toContain("(max_unblock)");
    expect(result.reasons[1]).toContain("lists no users");
  });
});

describe("guardMessages: the same reasons for the reader's language", () => {
  it.each<
    [
      string,
      { max_block?: GuardLimit; max_unblock?: GuardLimit },
      number,
      number,
      number,
      number,
      string,
    ]
  >([
    [
      "a percent unblock trip",
      { max_unblock: pct(25) },
      0,
      412,
      1180,
      1,
      `将取消拉黑线上黑名单 1,180 个中的 412 个（34.9%），超过 25% 的安全上限（max_unblock）；${ZH_FORWARD}`,
    ],
    [
      "a percent block trip",
      { max_block: pct(25) },
      400,
      0,
      1180,
      1,
      `将拉黑 400 个用户，相当于线上黑名单 1,180 个的 33.9%，超过 25% 的安全上限（max_block）；${ZH_FORWARD}`,
    ],
    [
      "a count unblock trip",
      { max_unblock: count(300) },
      0,
      412,
      1180,
      1,
      `将取消拉黑 412 个用户，占线上黑名单 1,180 个的 34.9%，超过安全上限 300 个（max_unblock）；${ZH_FORWARD}`,
    ],
    [
      "a count block trip on an empty live list",
      { max_block: count(0) },
      1,
      0,
      0,
      1,
      `将拉黑 1 个用户，超过安全上限 0 个（max_block）；${ZH_FORWARD}`,
    ],
    [
      "an emptied file",
      {},
      0,
      3,
      3,
      0,
      `blacklist.yaml 中没有任何用户且 prune 为 true，因此会取消拉黑 3 个用户（即整个线上黑名单）；如果确实要清空黑名单，${ZH_FORWARD}`,
    ],
  ])(
    "%s, in Chinese; in English exactly the plan's reason",
    (_name, limits, block, unblock, live, users, chinese) => {
      const desired = desiredState(
        Array.from({ length: users }, (_, i) => `o${i}`),
        { guard: { max_block: pct(100), max_unblock: pct(100), ...limits } },
      );
      const summary = { block, unblock, live };
      const messages = guardMessages(desired, summary);
      expect(messages.map((m) => say("zh-CN", m))).toEqual([chinese]);
      expect(messages.map((m) => say("en", m))).toEqual(checkGuards(desired, summary).reasons);
    },
  );
});
