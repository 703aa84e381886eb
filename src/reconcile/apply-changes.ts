import pLimit from "p-limit";
import { WxblError } from "../errors.js";
import { msg, say, type Message } from "../i18n/message.js";
import type { BlacklistApi } from "../wechat/blacklist-api.js";
import { WechatError } from "../wechat/wechat-error.js";
import { batchChanges, type Batch, type WriteAction } from "./batches.js";
import { compareCodeUnits } from "../util/code-unit-order.js";
import { compareChanges, type Change } from "./change.js";

export interface ApplyOptions {
  /** Write calls in flight at once (p-limit); `--concurrency`, default 4 in the CLI. */
  concurrency: number;
  /** Ctrl-C: once aborted, no new write call starts; calls in flight finish. */
  signal?: AbortSignal;
  /** Called each time ids settle (applied or failed). */
  onProgress?: (progress: { done: number; total: number }) => void;
  log?: (line: string) => void;
}

export interface FailedChange {
  openid: string;
  action: "block" | "unblock";
  /** WeChat's errcode; null when there was no WeChat answer (network) or the error was not WeChat's. */
  errcode: number | null;
  /** The line of the desired file's entry, when the change came from one. */
  line?: number;
  /** In English (the report); `text` is the same for the operator's language, when there is one. */
  message: string;
  text?: Message;
}

export type StopReason = "quota" | "unauthorized" | "token" | "interrupted" | "fatal";

export interface ApplyResult {
  blocked: string[];
  unblocked: string[];
  failed: FailedChange[];
  /** Changes not done because the run stopped (never sent, or sent in a call that stopped it). */
  remaining: { block: number; unblock: number };
  /** Write calls made, including the calls that bisected a batch. */
  calls: { block: number; unblock: number };
  stopped: null | { reason: StopReason; message: string; text?: Message };
  /**
   * Extension: ids sent in a call that answered with an error and not applied since (failed ids,
   * and remaining ids of a batch that was being bisected). WeChat may or may not have applied
   * them, so verifyLive accepts them either way.
   */
  unconfirmed?: string[];
}

/** The result of a run that had nothing to do: no change made, none failed, no write call. */
export function emptyApplyResult(): ApplyResult {
  return {
    blocked: [],
    unblocked: [],
    failed: [],
    remaining: { block: 0, unblock: 0 },
    calls: { block: 0, unblock: 0 },
    stopped: null,
  };
}

/** What the executor does about a failed call, from WechatError.kind (the client already retried). */
type Verdict = { do: "bisect" } | { do: "stop"; reason: StopReason } | { do: "fail" };

function judge(error: unknown): Verdict {
  if (!(error instanceof WechatError)) return { do: "stop", reason: "fatal" }; // a bug, not WeChat
  switch (error.kind) {
    case "invalid-openid":
      return { do: "bisect" };
    case "quota":
    case "unauthorized":
    case "token":
      return { do: "stop", reason: error.kind };
    default:
      return { do: "fail" };
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The error's message for the operator's language, when it has one. */
const textOf = (error: unknown): { text: Message } | Record<string, never> =>
  error instanceof WxblError && error.text !== undefined ? { text: error.text } : {};

/**
 * Make the changes on the live blacklist:
 * 1. batch them: block batches queued ahead of unblock batches, 1..20 ids each;
 * 2. run the batches through one p-limit queue at `concurrency`;
 * 3. on 40003/49003 split the batch in halves until the bad ids are isolated;
 *    on 45009/48001/token, or Ctrl-C, start no new call (calls in flight finish);
 *    on any other error fail that batch's ids and go on;
 * 4. return what was done, what failed and what remains, sorted.
 */
export async function applyChanges(
  api: Pick<BlacklistApi, "block" | "unblock">,
  changes: readonly Change[],
  options: ApplyOptions,
): Promise<ApplyResult> {
  const done: Record<WriteAction, string[]> = { block: [], unblock: [] };
  const failed: FailedChange[] = [];
  const remaining = { block: 0, unblock: 0 };
  const calls = { block: 0, unblock: 0 };
  const unconfirmed = new Set<string>();
  let stopped: ApplyResult["stopped"] = null;
  let settled = 0;
  const log = options.log ?? (() => undefined);

  const stop = (reason: StopReason, message: string, text?: Message): void => {
    if (stopped) return;
    stopped = { reason, message, ...(text === undefined ? {} : { text }) };
    log(`apply stopping (${reason}): no new write call will start`);
  };
  const mayStart = (): boolean => {
    if (!stopped && options.signal?.aborted) {
      const text = msg("cmd.apply.interrupted");
      stop("interrupted", say("en", text), text);
    }
    return !stopped;
  };
  const progress = (count: number): void => {
    settled += count;
    options.onProgress?.({ done: settled, total: changes.length });
  };
  const fail = (batch: Batch, error: unknown): void => {
    const errcode = error instanceof WechatError ? (error.errcode ?? null) : null;
    const message = messageOf(error);
    const text = textOf(error);
    for (const { openid, action, line } of batch.changes) {
      failed.push({
        openid,
        action,
        errcode,
        ...(line === undefined ? {} : { line }),
        message,
        ...text,
      });
      unconfirmed.add(openid);
    }
    progress(batch.changes.length);
  };

  const send = async (batch: Batch): Promise<void> => {
    // 1. Once stopped, nothing new starts: the batch is left for the next run.
    if (!mayStart()) {
      remaining[batch.action] += batch.changes.length;
      return;
    }
    // 2. One write call.
    const ids = batch.changes.map((change) => change.openid);
    calls[batch.action] += 1;
    try {
      await (batch.action === "block" ? api.block(ids) : api.unblock(ids));
    } catch (error) {
      const verdict = judge(error);
      // 3a. A bad openid somewhere: halve until each bad id stands alone, apply the rest.
      if (verdict.do === "bisect" && ids.length > 1) {
        for (const change of batch.changes) unconfirmed.add(change.openid);
        const middle = Math.ceil(ids.length / 2);
        log(`${batch.action} batch of ${ids.length} has an invalid openid: splitting it`);
        await send({ action: batch.action, changes: batch.changes.slice(0, middle) });
        await send({ action: batch.action, changes: batch.changes.slice(middle) });
        return;
      }
      // 3b. Quota, authorization, token (or a bug): stop; this batch remains to be done.
      if (verdict.do === "stop") {
        stop(verdict.reason, messageOf(error), textOf(error).text);
        // An error that is not WeChat's cannot say whether anything was written: report the ids.
        if (verdict.reason === "fatal") fail(batch, error);
        else remaining[batch.action] += batch.changes.length;
        return;
      }
      // 3c. Anything else (an isolated bad id, rate-limited after the waits, network): fail it.
      fail(batch, error);
      return;
    }
    // 4. Done.
    done[batch.action].push(...ids);
    for (const id of ids) unconfirmed.delete(id);
    progress(ids.length);
  };

  const limit = pLimit(options.concurrency);
  await Promise.all(batchChanges(changes).map((batch) => limit(() => send(batch))));

  return {
    blocked: done.block.sort(compareCodeUnits),
    unblocked: done.unblock.sort(compareCodeUnits),
    failed: failed.sort(compareChanges),
    remaining,
    calls,
    stopped,
    unconfirmed: [...unconfirmed].sort(compareCodeUnits),
  };
}
