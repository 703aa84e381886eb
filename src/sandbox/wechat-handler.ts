import type { FaultInjector } from "./fault-injector.js";
import { createPrng, randomHex, type Prng } from "./prng.js";
import type { SandboxAccount } from "./sandbox-account.js";
import type { CallLog } from "./call-log.js";
import type { SandboxFaultKind } from "./sandbox-types.js";
import type { TokenIssuer } from "./token-issuer.js";
import { fail, ok, type Reply } from "./wechat-replies.js";

export const PATHS = {
  token: "/cgi-bin/token",
  stableToken: "/cgi-bin/stable_token",
  getBlacklist: "/cgi-bin/tags/members/getblacklist",
  block: "/cgi-bin/tags/members/batchblacklist",
  unblock: "/cgi-bin/tags/members/batchunblacklist",
} as const;

/** WeChat's batch limit for batchblacklist / batchunblacklist (SPEC 5): 1..20 ids. */
const MAX_BATCH = 20;

export interface WechatRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/** What the server does with a request: answer it, or destroy the connection. */
export type Outcome = { drop: true } | { drop: false; reply: Reply; html?: string };

interface Details {
  ids?: number;
  forceRefresh?: boolean;
  fault?: SandboxFaultKind;
}

/**
 * Answers WeChat's calls (SPEC 5) against the in-memory account, with injected faults.
 * Synchronous and single-threaded: every call sees the account as the previous call left it.
 */
export class WechatHandler {
  private readonly ridPrng: Prng;
  private ridCount = 0;

  constructor(
    private readonly account: SandboxAccount,
    private readonly tokens: TokenIssuer,
    private readonly faults: FaultInjector,
    private readonly log: CallLog,
    private readonly credentials: { appid: string; secret: string },
    private readonly pageSize: () => number,
    seed: number,
  ) {
    this.ridPrng = createPrng(seed, "rid");
  }

  handle(request: WechatRequest): Outcome {
    const details: Details = {};
    const outcome = this.route(request, details);
    this.log.record({
      path: request.path,
      errcode: outcome.drop ? 0 : Number(outcome.reply.body.errcode ?? 0),
      http: outcome.drop ? 0 : outcome.reply.http,
      ...details,
    });
    return outcome;
  }

  private route(request: WechatRequest, details: Details): Outcome {
    switch (request.path) {
      case PATHS.token:
        return { drop: false, reply: this.legacyToken(request.query) };
      case PATHS.stableToken:
        return { drop: false, reply: this.stableToken(request, details) };
      case PATHS.getBlacklist:
      case PATHS.block:
      case PATHS.unblock:
        return this.blacklistCall(request, details);
      default:
        return { drop: false, reply: fail(40066, this.rid(), 404) };
    }
  }

  /** GET /cgi-bin/token: a new token on every call; the previous one becomes stale. */
  private legacyToken(query: URLSearchParams): Reply {
    if (query.get("grant_type") !== "client_credential") return fail(40002, this.rid());
    const denied = this.checkCredentials(query.get("appid"), query.get("secret"));
    if (denied) return denied;
    const { token, expiresIn } = this.tokens.issueLegacy();
    return ok({ access_token: token, expires_in: expiresIn });
  }

  /** POST /cgi-bin/stable_token: the same token until it expires or is rotated. */
  private stableToken(request: WechatRequest, details: Details): Reply {
    const parsed = this.parseBody(request.body);
    if ("reply" in parsed) return parsed.reply;
    const body = parsed.body;
    if (body.force_refresh === true) details.forceRefresh = true;
    if (body.grant_type !== "client_credential") return fail(40002, this.rid());
    const denied = this.checkCredentials(stringOrNull(body.appid), stringOrNull(body.secret));
    if (denied) return denied;
    const { token, expiresIn } = this.tokens.stable(body.force_refresh === true);
    return ok({ access_token: token, expires_in: expiresIn });
  }

  private checkCredentials(appid: string | null, secret: string | null): Reply | undefined {
    if (!appid) return fail(41002, this.rid());
    if (appid !== this.credentials.appid) return fail(40013, this.rid());
    if (!secret) return fail(41004, this.rid());
    if (secret !== this.credentials.secret) return fail(40125, this.rid());
    return undefined;
  }

  private blacklistCall(request: WechatRequest, details: Details): Outcome {
    // 1. Gateway faults, before anything is looked at (they never change the account).
    const fault = this.faults.draw();
    if (fault === "drop") {
      details.fault = "drop";
      return { drop: true };
    }
    if (fault === "http500") {
      details.fault = "http500";
      return { drop: false, reply: { http: 500, body: {} }, html: INTERNAL_ERROR_HTML };
    }
    if (fault === "busy") {
      details.fault = "busy";
      return { drop: false, reply: fail(-1, this.rid()) };
    }
    // 2. The token.
    const denied = this.authenticate(request.query, details);
    if (denied) return { drop: false, reply: denied };
    // An account that may not call these APIs (not verified): 48001 whatever the call.
    if (this.faults.unauthorized) return { drop: false, reply: fail(48001, this.rid()) };
    if (request.method !== "POST") return { drop: false, reply: fail(43002, this.rid()) };
    // 3. Write limits: the daily quota, then the per-minute limit.
    const write = request.path !== PATHS.getBlacklist;
    if (write) {
      const limited = this.faults.admitWrite();
      if (limited) return { drop: false, reply: fail(limited, this.rid()) };
    }
    // 4. The call itself.
    const parsed = this.parseBody(request.body);
    if ("reply" in parsed) return { drop: false, reply: parsed.reply };
    if (!write) return { drop: false, reply: this.getBlacklist(parsed.body, details) };
    return { drop: false, reply: this.batch(request.path === PATHS.block, parsed.body, details) };
  }

  private authenticate(query: URLSearchParams, details: Details): Reply | undefined {
    const token = query.get("access_token");
    if (!token) return fail(41001, this.rid());
    const check = this.tokens.check(token);
    if (!check.ok) return fail(check.errcode, this.rid());
    if (this.faults.tokenExpiryDue()) {
      this.tokens.expire(check.family);
      details.fault = "token-expiry";
      return fail(42001, this.rid());
    }
    return undefined;
  }

  /**
   * Exclusive cursor; every page's next_openid is its last id (so the last non-empty page
   * points at its own last id), and a request after the last id gets count 0, next_openid ""
   * and no `data`. A begin_openid that is not on the blacklist is 40003 (WeChat's answer is
   * undocumented; an unknown cursor cannot be placed in the order).
   */
  private getBlacklist(body: Record<string, unknown>, details: Details): Reply {
    const begin = body.begin_openid ?? "";
    if (typeof begin !== "string") return fail(47001, this.rid());
    const page = this.account.blacklist.pageAfter(begin, this.pageSize());
    if (page === undefined) return fail(40003, this.rid());
    const total = this.account.blacklist.size;
    details.ids = page.length;
    if (page.length === 0) return ok({ total, count: 0, next_openid: "" });
    const next = page[page.length - 1];
    return ok({ total, count: page.length, data: { openid: page }, next_openid: next });
  }

  /**
   * batchblacklist / batchunblacklist. `opened_list` (the typo in old docs) without
   * `openid_list` is 47001 "data format error"; no list at all or 0 / >20 ids is 40032; one id
   * that is not a follower rejects the whole batch with 40003 and changes nothing. Blocking
   * a blocked id and unblocking a follower that is not blocked are accepted.
   */
  private batch(block: boolean, body: Record<string, unknown>, details: Details): Reply {
    const list = body.openid_list;
    if (list === undefined) {
      return fail("opened_list" in body ? 47001 : 40032, this.rid());
    }
    if (!Array.isArray(list)) return fail(47001, this.rid());
    details.ids = list.length;
    if (list.length === 0 || list.length > MAX_BATCH) return fail(40032, this.rid());
    if (!list.every((id): id is string => typeof id === "string")) return fail(47001, this.rid());
    if (!list.every((id) => this.account.isFollower(id))) return fail(40003, this.rid());
    for (const id of list) {
      if (block) this.account.block(id);
      else this.account.unblock(id);
    }
    return ok();
  }

  private parseBody(text: string): { body: Record<string, unknown> } | { reply: Reply } {
    if (text.trim() === "") return { reply: fail(44002, this.rid()) };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { reply: fail(47001, this.rid()) };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { reply: fail(47001, this.rid()) };
    }
    return { body: value as Record<string, unknown> };
  }

  /** A request id like WeChat's ("6526a7b2-4c0b2f43-0000001a"). */
  private rid(): string {
    this.ridCount++;
    const count = this.ridCount.toString(16).padStart(8, "0");
    return `${randomHex(this.ridPrng, 8)}-${randomHex(this.ridPrng, 8)}-${count}`;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

const INTERNAL_ERROR_HTML =
  "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n" +
  "<center><h1>500 Internal Server Error</h1></center>\r\n</body>\r\n</html>\r\n";
