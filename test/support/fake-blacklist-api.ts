import type { BlacklistApi, BlacklistPage } from "../../src/wechat/blacklist-api.js";
import { say } from "../../src/i18n/message.js";
import { describeErrcode } from "../../src/wechat/error-codes.js";
import { WechatError, type WechatErrorKind } from "../../src/wechat/wechat-error.js";

/**
 * An in-memory BlacklistApi: a blacklist, the account's followers, a log of every call, and
 * scriptable faults. It behaves like the WeChat API as far as SPEC section 5 knows it, and lets a
 * test choose the parts WeChat leaves undocumented (does a bad openid reject the whole batch?).
 */

export type FakeAction = "block" | "unblock" | "getblacklist";

export interface FakeCall {
  /** 1-based, over every call. */
  seq: number;
  /** 1-based over write calls (block and unblock) only; 0 for getblacklist. */
  writeSeq: number;
  action: FakeAction;
  ids: string[];
  outcome: "ok" | "error" | "pending";
  errcode?: number | undefined;
}

/** A fault for one call: the error it throws, and whether the server had applied it anyway. */
export interface FakeFault {
  error: WechatError;
  /** The write took effect before the error came back (e.g. the answer was lost). */
  applied?: boolean;
}

export interface FakeBlacklistOptions {
  blacklist?: Iterable<string>;
  /** The account's followers; blacklisted ids are followers too. Default: every id is a follower. */
  followers?: Iterable<string>;
  /**
   * A batch holding a non-follower is answered 40003. "reject-batch" (default): nothing of it is
   * applied; "apply-valid": the valid ids are applied and 40003 still comes back.
   */
  invalidOpenid?: "reject-batch" | "apply-valid";
  /** Write calls after the first N answer 45009 (the daily quota). */
  quotaAfter?: number;
  /** A fault for a given write call (by writeSeq), or a function deciding per call. */
  faults?: Record<number, FakeFault> | ((call: FakeCall) => FakeFault | undefined);
  /** Any write batch containing one of these ids throws that id's error (e.g. 49003). */
  idFaults?: Record<string, WechatError>;
  /** Awaited at the start of every call, before it is answered: hold calls in flight. */
  delay?: (call: FakeCall) => Promise<void>;
  /** getblacklist page size (WeChat: 10,000 or 1,000, never assume). */
  pageSize?: number;
}

const CALL_NAMES: Record<FakeAction, string> = {
  block: "batchblacklist",
  unblock: "batchunblacklist",
  getblacklist: "getblacklist",
};

/**
 * A WechatError as the client would throw it once its retries are spent: the kind comes from the
 * client's errcode table (src/wechat/error-codes.ts); errcode undefined means a network fault.
 */
export function wechatError(
  errcode: number | undefined,
  call = "batchblacklist",
  kind: WechatErrorKind = errcode === undefined ? "network" : describeErrcode(errcode).kind,
): WechatError {
  const what =
    errcode === undefined ? "no answer (network)" : say("en", describeErrcode(errcode).meaning);
  return new WechatError({ errcode, call, kind, message: `${call} failed: ${what}` });
}

export class FakeBlacklistApi implements BlacklistApi {
  readonly blacklist: Set<string>;
  readonly calls: FakeCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly followers: Set<string> | undefined;
  private writeCount = 0;

  constructor(private readonly options: FakeBlacklistOptions = {}) {
    this.blacklist = new Set(options.blacklist ?? []);
    this.followers = options.followers ? new Set(options.followers) : undefined;
    for (const id of this.blacklist) this.followers?.add(id);
  }

  /** The blacklist as a sorted array. */
  live(): string[] {
    return [...this.blacklist].sort();
  }

  /** Write calls only, in the order they started. */
  writeCalls(): FakeCall[] {
    return this.calls.filter((call) => call.action !== "getblacklist");
  }

  isFollower(id: string): boolean {
    return this.followers === undefined || this.followers.has(id);
  }

  block(openids: readonly string[]): Promise<void> {
    return this.write("block", openids);
  }

  unblock(openids: readonly string[]): Promise<void> {
    return this.write("unblock", openids);
  }

  async getBlacklistPage(beginOpenid: string): Promise<BlacklistPage> {
    const call = this.start("getblacklist", []);
    try {
      await this.options.delay?.(call);
      const all = this.live();
      const from = beginOpenid === "" ? 0 : all.indexOf(beginOpenid) + 1;
      const data = all.slice(from, from + (this.options.pageSize ?? 10_000));
      call.outcome = "ok";
      // Like WeChat at the end: next_openid repeats the last id, and an empty page has no data.
      return data.length === 0
        ? { total: all.length, count: 0, next_openid: "" }
        : {
            total: all.length,
            count: data.length,
            data: { openid: data },
            next_openid: data.at(-1),
          };
    } finally {
      this.inFlight -= 1;
    }
  }

  private start(action: FakeAction, ids: readonly string[]): FakeCall {
    const writeSeq = action === "getblacklist" ? 0 : ++this.writeCount;
    const call: FakeCall = {
      seq: this.calls.length + 1,
      writeSeq,
      action,
      ids: [...ids],
      outcome: "pending",
    };
    this.calls.push(call);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return call;
  }

  private async write(action: "block" | "unblock", openids: readonly string[]): Promise<void> {
    const call = this.start(action, openids);
    try {
      await this.options.delay?.(call);
      this.answer(call);
      call.outcome = "ok";
    } catch (error) {
      call.outcome = "error";
      call.errcode = error instanceof WechatError ? error.errcode : undefined;
      throw error;
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Decide one write call, in the order a server would: size, quota, scripted faults, ids. */
  private answer(call: FakeCall): void {
    const name = CALL_NAMES[call.action];
    const apply = (ids: readonly string[]): void => {
      for (const id of ids) {
        if (call.action === "block") this.blacklist.add(id);
        else this.blacklist.delete(id);
      }
    };
    if (call.ids.length < 1 || call.ids.length > 20) throw wechatError(40032, name, "fatal");
    if (this.options.quotaAfter !== undefined && call.writeSeq > this.options.quotaAfter) {
      throw wechatError(45009, name);
    }
    const { faults } = this.options;
    const fault = typeof faults === "function" ? faults(call) : faults?.[call.writeSeq];
    if (fault) {
      if (fault.applied) apply(call.ids.filter((id) => this.isFollower(id)));
      throw fault.error;
    }
    const poisoned = call.ids.find((id) => this.options.idFaults?.[id] !== undefined);
    if (poisoned !== undefined) throw this.options.idFaults?.[poisoned] ?? wechatError(-1, name);
    const valid = call.ids.filter((id) => this.isFollower(id));
    if (valid.length < call.ids.length) {
      if (this.options.invalidOpenid === "apply-valid") apply(valid);
      throw wechatError(40003, name);
    }
    apply(call.ids);
  }
}
