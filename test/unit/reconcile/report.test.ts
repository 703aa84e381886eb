import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import {
  applyChanges,
  emptyApplyResult,
  type ApplyResult,
} from "../../../src/reconcile/apply-changes.js";
import type { Change } from "../../../src/reconcile/change.js";
import { makeReport } from "../../../src/reconcile/report.js";
import { verifyLive } from "../../../src/reconcile/verify.js";
import { registerSecret } from "../../../src/secrets.js";
import { WechatError } from "../../../src/wechat/wechat-error.js";
import { FakeBlacklistApi, wechatError } from "../../support/fake-blacklist-api.js";

const schema: unknown = JSON.parse(
  readFileSync(new URL("../../../schema/report.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema as object);

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);

/** A real run against the fake: a non-follower, a lost network answer, then the daily quota. */
async function realRun(): Promise<{ result: ApplyResult; before: string[]; after: string[] }> {
  const toBlock = ids("oB", 45);
  const toUnblock = ids("oU", 25);
  const before = [...toUnblock, "oKEEP"];
  const api = new FakeBlacklistApi({
    blacklist: before,
    followers: [...before, ...toBlock.filter((id) => id !== "oB0007")],
    // oB0020-39: the answer is lost after WeChat applied it; the first unblock meets the quota.
    faults: (call) =>
      call.ids.includes("oB0020")
        ? { error: wechatError(undefined), applied: true }
        : call.action === "unblock"
          ? { error: wechatError(45009, "batchunblacklist") }
          : undefined,
  });
  const changes: Change[] = [
    ...toUnblock.map((openid): Change => ({ action: "unblock", openid, why: "not in file" })),
    ...toBlock.map((openid, i): Change => ({ action: "block", openid, line: 10 + i })),
  ];
  const result = await applyChanges(api, changes, { concurrency: 1 });
  return { result, before, after: api.live() };
}

describe("makeReport", () => {
  it("produces a report of a real faulty run that validates against schema/report.schema.json", async () => {
    const { result, before, after } = await realRun();
    const report = makeReport(result, verifyLive(before, result, after));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.failed[0]).toMatchObject({ openid: "oB0007", errcode: 40003, line: 17 });
    expect(report.failed.slice(1).map((f) => [f.openid, f.errcode])).toEqual(
      ids("oB", 40)
        .slice(20)
        .map((id) => [id, null]),
    );
    expect(report.blocked).toHaveLength(24);
    expect(report.stopped?.reason).toBe("quota");
    expect(report.remaining).toEqual({ block: 0, unblock: 25 });
    // 3 block batches, plus 8 calls that halve the first one down to oB0007 (20, 10, 5, 3, 1).
    expect(report.calls).toEqual({ block: 11, unblock: 1, total: 12 });
    expect(report.verified).toBe(true);
  });

  it("validates without verification (--no-verify) and says verified: false", async () => {
    const { result } = await realRun();
    const report = makeReport(result, null);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ verified: false, verification: null });
  });

  it("puts the SPEC's keys first, in the SPEC's order, then the extras", async () => {
    const { result, before, after } = await realRun();
    const report = makeReport(result, verifyLive(before, result, after));
    expect(Object.keys(report)).toEqual([
      "format",
      "blocked",
      "unblocked",
      "failed",
      "remaining",
      "calls",
      "verified",
      "stopped",
      "verification",
    ]);
    expect(Object.keys(report.failed[0] ?? {})).toEqual([
      "openid",
      "action",
      "errcode",
      "line",
      "message",
    ]);
  });

  it("sorts its arrays and gives a missing line as null, whatever the result's order", () => {
    const result: ApplyResult = {
      blocked: ["oZ", "oA", "oa"],
      unblocked: ["u2", "u1"],
      failed: [
        { openid: "u9", action: "unblock", errcode: null, message: "no answer" },
        { openid: "b2", action: "block", errcode: 40003, line: 7, message: "not a follower" },
        { openid: "b1", action: "block", errcode: 40003, line: 3, message: "not a follower" },
      ],
      remaining: { block: 0, unblock: 0 },
      calls: { block: 3, unblock: 2 },
      stopped: null,
    };
    const verification = {
      ok: false,
      missingBlocks: ["oZ", "oA"],
      lingeringUnblocks: [],
      unexpected: ["x2", "x1"],
    };
    const report = makeReport(result, verification);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.blocked).toEqual(["oA", "oZ", "oa"]);
    expect(report.unblocked).toEqual(["u1", "u2"]);
    expect(report.failed.map((f) => [f.openid, f.line])).toEqual([
      ["b1", 3],
      ["b2", 7],
      ["u9", null],
    ]);
    expect(report.calls).toEqual({ block: 3, unblock: 2, total: 5 });
    expect(report.verification).toEqual({
      ok: false,
      missing_blocks: ["oA", "oZ"],
      lingering_unblocks: [],
      unexpected: ["x1", "x2"],
      read_error: null,
    });
  });

  it("never carries a registered secret in a message", () => {
    registerSecret("TOKEN-abcdef-123456");
    const error = new WechatError({
      errcode: 40001,
      call: "batchblacklist",
      kind: "token",
      message: "rejected access_token=TOKEN-abcdef-123456",
    });
    const result: ApplyResult = {
      blocked: [],
      unblocked: [],
      failed: [{ openid: "o1", action: "block", errcode: 40001, line: 2, message: error.message }],
      remaining: { block: 0, unblock: 0 },
      calls: { block: 1, unblock: 0 },
      stopped: { reason: "token", message: error.message },
    };
    expect(JSON.stringify(makeReport(result, null))).not.toContain("TOKEN-abcdef-123456");
  });

  it.each([
    { name: "an unknown key", patch: { extra: 1 } },
    { name: "a wrong format", patch: { format: "wxbl-report/2" } },
    {
      name: "a failed entry without its line",
      patch: { failed: [{ openid: "o", action: "block", errcode: 1, message: "m" }] },
    },
    { name: "a stop reason nobody emits", patch: { stopped: { reason: "bored", message: "m" } } },
  ])("the schema rejects $name", ({ patch }) => {
    expect(validate({ ...makeReport(emptyApplyResult(), null), ...patch })).toBe(false);
  });
});
