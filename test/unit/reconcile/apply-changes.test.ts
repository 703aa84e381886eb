import { describe, expect, it } from "vitest";
import { RuntimeFailure } from "../../../src/errors.js";
import { msg, say } from "../../../src/i18n/message.js";
import { applyChanges } from "../../../src/reconcile/apply-changes.js";
import type { Change } from "../../../src/reconcile/change.js";
import { WechatError } from "../../../src/wechat/wechat-error.js";
import { FakeBlacklistApi, wechatError } from "../../support/fake-blacklist-api.js";

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);
/** Blocks of `list`, the entry of list[i] being on line 100 + i of the file. */
const blocks = (list: string[]): Change[] =>
  list.map((openid, i) => ({ action: "block", openid, line: 100 + i }));
const unblocks = (list: string[]): Change[] =>
  list.map((openid) => ({ action: "unblock", openid, why: "not in file" }));
/** A delay that lets every call in flight wait one turn of the event loop. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("applyChanges on a fault-free account", () => {
  it.each([
    { b: 0, u: 0 },
    { b: 1, u: 0 },
    { b: 20, u: 0 },
    { b: 21, u: 0 },
    { b: 0, u: 41 },
    { b: 41, u: 21 },
    { b: 45, u: 3 },
  ])("blocks $b and unblocks $u in exactly ceil(B/20) + ceil(U/20) calls", async ({ b, u }) => {
    const toBlock = ids("oB", b);
    const toUnblock = ids("oU", u);
    const api = new FakeBlacklistApi({ blacklist: [...toUnblock, "oKEEP"] });
    const result = await applyChanges(api, [...blocks(toBlock), ...unblocks(toUnblock)], {
      concurrency: 4,
    });
    expect(result.calls).toEqual({ block: Math.ceil(b / 20), unblock: Math.ceil(u / 20) });
    expect(api.writeCalls()).toHaveLength(Math.ceil(b / 20) + Math.ceil(u / 20));
    expect(result.blocked).toEqual(toBlock);
    expect(result.unblocked).toEqual(toUnblock);
    expect(result).toMatchObject({
      failed: [],
      remaining: { block: 0, unblock: 0 },
      stopped: null,
    });
    expect(api.live()).toEqual([...toBlock, "oKEEP"].sort());
  });

  it("starts every block batch before any unblock batch", async () => {
    const api = new FakeBlacklistApi({ blacklist: ids("oU", 45), delay: tick });
    await applyChanges(api, [...unblocks(ids("oU", 45)), ...blocks(ids("oB", 61))], {
      concurrency: 3,
    });
    expect(api.writeCalls().map((call) => call.action)).toEqual([
      ...Array<string>(4).fill("block"),
      ...Array<string>(3).fill("unblock"),
    ]);
  });

  it("does not wait for the blocks to finish before starting the unblocks", async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const api = new FakeBlacklistApi({
      blacklist: ["oU0000"],
      delay: (call) => (call.action === "block" ? held : Promise.resolve()),
    });
    const run = applyChanges(api, [...blocks(["oB0000"]), ...unblocks(["oU0000"])], {
      concurrency: 2,
    });
    while (!api.calls.some((call) => call.action === "unblock" && call.outcome === "ok")) {
      await tick();
    }
    expect(api.calls.find((call) => call.action === "block")?.outcome).toBe("pending");
    release();
    expect((await run).blocked).toEqual(["oB0000"]);
  });

  it.each([1, 2, 4, 7])("never has more than %i calls in flight", async (concurrency) => {
    const api = new FakeBlacklistApi({ delay: tick });
    await applyChanges(api, blocks(ids("oB", 200)), { concurrency });
    expect(api.maxInFlight).toBe(concurrency);
  });

  it("reports progress as ids settle, up to the total", async () => {
    const seen: number[] = [];
    const api = new FakeBlacklistApi();
    await applyChanges(api, blocks(ids("oB", 45)), {
      concurrency: 2,
      onProgress: ({ done, total }) => seen.push(done / total),
    });
    expect(seen).toEqual([20 / 45, 40 / 45, 1]);
  });
});

describe("applyChanges with invalid openids (40003/49003)", () => {
  it.each([
    { bad: [7], behaviour: "reject-batch" as const },
    { bad: [0, 9, 19], behaviour: "reject-batch" as const },
    { bad: [7], behaviour: "apply-valid" as const },
    { bad: [0, 9, 19], behaviour: "apply-valid" as const },
  ])(
    "isolates bad ids $bad among 20 ($behaviour), applies the rest and reports each with its line",
    async ({ bad, behaviour }) => {
      const batch = ids("oB", 20);
      const badIds = bad.map((i) => batch[i] as string);
      const api = new FakeBlacklistApi({
        followers: batch.filter((id) => !badIds.includes(id)),
        invalidOpenid: behaviour,
      });
      const result = await applyChanges(api, blocks(batch), { concurrency: 4 });
      expect(result.blocked).toEqual(batch.filter((id) => !badIds.includes(id)));
      expect(
        result.failed.map(({ openid, action, errcode, line }) => ({
          openid,
          action,
          errcode,
          line,
        })),
      ).toEqual(
        bad.map((i) => ({ openid: batch[i], action: "block", errcode: 40003, line: 100 + i })),
      );
      expect(result).toMatchObject({ remaining: { block: 0, unblock: 0 }, stopped: null });
      // Each bad id ends alone in a call; no call is empty or over 20.
      for (const id of badIds) {
        expect(api.writeCalls().some((call) => call.ids.length === 1 && call.ids[0] === id)).toBe(
          true,
        );
      }
      expect(api.writeCalls().every((call) => call.ids.length >= 1 && call.ids.length <= 20)).toBe(
        true,
      );
      // Halving 20 ids: at most 2 calls per level per bad id, 5 levels, plus the first.
      expect(result.calls.block).toBeLessThanOrEqual(1 + 2 * 5 * bad.length);
    },
  );

  it("reports an openid of another AppID (49003) with its code, and applies the others", async () => {
    const api = new FakeBlacklistApi({ idFaults: { oB0003: wechatError(49003) } });
    const result = await applyChanges(api, blocks(ids("oB", 5)), { concurrency: 1 });
    expect(result.failed).toMatchObject([{ openid: "oB0003", errcode: 49003, line: 103 }]);
    expect(result.blocked).toEqual(["oB0000", "oB0001", "oB0002", "oB0004"]);
  });

  it("reports an unblock without a file line with no line", async () => {
    const api = new FakeBlacklistApi({
      blacklist: ["oU0000"],
      idFaults: { oU0000: wechatError(40003, "batchunblacklist") },
    });
    const result = await applyChanges(api, unblocks(["oU0000"]), { concurrency: 1 });
    expect(result.failed).toEqual([
      { openid: "oU0000", action: "unblock", errcode: 40003, message: expect.any(String) },
    ]);
  });
});

describe("applyChanges stops starting calls", () => {
  it.each([
    { errcode: 45009, reason: "quota" },
    { errcode: 48001, reason: "unauthorized" },
    { errcode: 42001, reason: "token" },
  ])("on $errcode ($reason), and counts exactly what remains", async ({ errcode, reason }) => {
    const api = new FakeBlacklistApi({
      blacklist: ids("oU", 30),
      faults: { 4: { error: wechatError(errcode) } },
    });
    const result = await applyChanges(api, [...blocks(ids("oB", 70)), ...unblocks(ids("oU", 30))], {
      concurrency: 1,
    });
    expect(api.writeCalls()).toHaveLength(4);
    expect(result.calls).toEqual({ block: 4, unblock: 0 });
    expect(result.blocked).toEqual(ids("oB", 60));
    expect(result.remaining).toEqual({ block: 10, unblock: 30 });
    expect(result.failed).toEqual([]);
    expect(result.stopped).toEqual({ reason, message: expect.stringContaining(String(errcode)) });
  });

  it("on a quota lets the calls in flight finish and starts none after", async () => {
    const api = new FakeBlacklistApi({
      faults: { 2: { error: wechatError(45009) } },
      // Call 2 answers at once; calls 1 and 3 answer a turn later.
      delay: (call) => (call.writeSeq === 2 ? Promise.resolve() : tick()),
    });
    const result = await applyChanges(api, blocks(ids("oB", 100)), { concurrency: 3 });
    expect(api.writeCalls().map((call) => [call.writeSeq, call.outcome])).toEqual([
      [1, "ok"],
      [2, "error"],
      [3, "ok"],
    ]);
    expect(result.blocked).toHaveLength(40);
    expect(result.remaining).toEqual({ block: 60, unblock: 0 });
    expect(result.stopped?.reason).toBe("quota");
  });

  it("stops mid-bisection on a quota and counts the unsent halves as remaining", async () => {
    const api = new FakeBlacklistApi({ followers: ids("oB", 20).slice(1), quotaAfter: 2 });
    const result = await applyChanges(api, blocks(ids("oB", 40)), { concurrency: 1 });
    // Call 1: 20 ids, 40003; call 2: first half (10, still bad), 40003; call 3: quota.
    expect(result.calls.block).toBe(3);
    expect(result.blocked).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(result.remaining).toEqual({ block: 40, unblock: 0 });
    expect(result.unconfirmed).toEqual(ids("oB", 20));
  });

  it("on Ctrl-C starts no new batch, lets the one in flight finish and reports interrupted", async () => {
    const controller = new AbortController();
    const api = new FakeBlacklistApi({
      delay: async (call) => {
        if (call.writeSeq === 2) controller.abort();
        await tick();
      },
    });
    const result = await applyChanges(api, blocks(ids("oB", 100)), {
      concurrency: 2,
      signal: controller.signal,
    });
    expect(api.writeCalls().map((call) => call.outcome)).toEqual(["ok", "ok"]);
    expect(result.blocked).toHaveLength(40);
    expect(result.remaining).toEqual({ block: 60, unblock: 0 });
    expect(result.stopped?.reason).toBe("interrupted");
  });

  it("makes no call at all when the signal is already aborted", async () => {
    const api = new FakeBlacklistApi({ blacklist: ["oU0000"] });
    const result = await applyChanges(api, [...blocks(ids("oB", 3)), ...unblocks(["oU0000"])], {
      concurrency: 4,
      signal: AbortSignal.abort(),
    });
    expect(api.calls).toEqual([]);
    expect(result.remaining).toEqual({ block: 3, unblock: 1 });
    expect(result.stopped?.reason).toBe("interrupted");
    // English for the report; the message itself for the summary in the reader's language.
    expect(result.stopped?.message).toBe(
      "apply interrupted: no new write call was started after the signal",
    );
    expect(say("zh-CN", result.stopped!.text!)).toBe(
      "apply 被中断：收到信号后没有再发起新的写入调用",
    );
  });

  it("keeps a failed call's catalogue message beside its English text", async () => {
    const api = new FakeBlacklistApi();
    const error = new RuntimeFailure(msg("cmd.apply.cancelled"));
    api.block = () => Promise.reject(error);
    const result = await applyChanges(api, blocks(ids("oB", 2)), { concurrency: 1 });
    expect(result.failed[0]).toMatchObject({
      message: "apply cancelled; nothing was changed",
      text: { key: "cmd.apply.cancelled" },
    });
  });

  it("on an error that is not WeChat's (a bug), fails that batch and stops as fatal", async () => {
    const api = new FakeBlacklistApi();
    api.block = () => Promise.reject(new TypeError("boom"));
    const result = await applyChanges(api, blocks(ids("oB", 30)), { concurrency: 1 });
    expect(result.calls.block).toBe(1);
    expect(result.failed).toHaveLength(20);
    expect(result.failed[0]).toMatchObject({ errcode: null, message: "boom" });
    expect(result.remaining).toEqual({ block: 10, unblock: 0 });
    expect(result.stopped).toEqual({ reason: "fatal", message: "boom" });
  });
});

describe("applyChanges on other errors fails the batch and goes on", () => {
  it.each([
    { name: "rate-limited after the client's waits", error: wechatError(45011), errcode: 45011 },
    { name: "a fatal WeChat error", error: wechatError(40032), errcode: 40032 },
    { name: "network after retries", error: wechatError(undefined), errcode: null },
    {
      name: "busy after retries",
      error: new WechatError({
        errcode: -1,
        call: "batchblacklist",
        kind: "retryable",
        message: "busy",
      }),
      errcode: -1,
    },
  ])("$name", async ({ error, errcode }) => {
    const api = new FakeBlacklistApi({ faults: { 2: { error } } });
    const result = await applyChanges(api, blocks(ids("oB", 50)), { concurrency: 1 });
    expect(result.calls.block).toBe(3);
    expect(result.blocked).toEqual([...ids("oB", 20), ...ids("oB", 50).slice(40)]);
    expect(result.failed).toHaveLength(20);
    expect(result.failed[0]).toEqual({
      openid: "oB0020",
      action: "block",
      errcode,
      line: 120,
      message: error.message,
    });
    expect(result).toMatchObject({ remaining: { block: 0, unblock: 0 }, stopped: null });
  });
});
