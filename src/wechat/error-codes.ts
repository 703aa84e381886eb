import type { WechatErrorKind } from "./wechat-error.js";

/**
 * Every WeChat errcode wxbl knows, in one table of data (SPEC section 5): how the client
 * treats it and what the operator is told. Matched on errcode only, never on errmsg (errmsg
 * carries `rid:`/`hint:` suffixes that change on every call).
 */
export interface ErrcodeInfo {
  kind: WechatErrorKind;
  /** What happened, in a plain sentence. */
  meaning: string;
  /** What to do next. */
  next: string;
}

const TOKEN_NEXT =
  "wxbl gets a new token once by itself; if you gave WECHAT_ACCESS_TOKEN, get a fresh one from the account's token service";

const IP_WHITELIST_NEXT =
  "add this machine's public IP to the IP whitelist (IP白名单) in the Official Account admin console " +
  "(Settings and Development > Basic Configuration), or avoid the whitelist: give a token from the " +
  "account's central token service in WECHAT_ACCESS_TOKEN, send the calls through a fixed-egress proxy " +
  "with HTTPS_PROXY, or run on a self-hosted runner whose IP is whitelisted";

export const ERRCODES: Readonly<Record<number, ErrcodeInfo>> = {
  [-1]: {
    kind: "retryable",
    meaning: "WeChat is busy (errcode -1)",
    next: "wxbl retries these with backoff; if it persists, try again in a few minutes",
  },
  40001: {
    kind: "token",
    meaning: "the access token is invalid or is not the latest one (errcode 40001)",
    next: TOKEN_NEXT,
  },
  40014: {
    kind: "token",
    meaning: "the access token is not a valid token (errcode 40014)",
    next: TOKEN_NEXT,
  },
  42001: {
    kind: "token",
    meaning: "the access token has expired (errcode 42001)",
    next: TOKEN_NEXT,
  },
  40003: {
    kind: "invalid-openid",
    meaning: "an openid is invalid or is not a follower of this account (errcode 40003)",
    next: "check the openid in the file: it must belong to a user who follows this account",
  },
  49003: {
    kind: "invalid-openid",
    meaning: "an openid belongs to another AppID (errcode 49003)",
    next: "openids differ per account: take them from this account, not from another one",
  },
  40032: {
    kind: "fatal",
    meaning: "the openid list size is not 1 to 20 (errcode 40032)",
    next: "this is a bug in wxbl (it batches by 20); please report it",
  },
  44002: {
    kind: "fatal",
    meaning: "WeChat received an empty request body (errcode 44002)",
    next: "a proxy may be stripping request bodies; check HTTPS_PROXY, or report it",
  },
  47001: {
    kind: "fatal",
    meaning: "WeChat could not parse the request body as JSON (errcode 47001)",
    next: "a proxy may be rewriting request bodies; check HTTPS_PROXY, or report it",
  },
  45009: {
    kind: "quota",
    meaning: "the account's daily quota for this API is spent (errcode 45009)",
    next: "try again tomorrow (the quota resets daily); a later run picks up where this one stopped",
  },
  45011: {
    kind: "rate-limited",
    meaning: "the per-minute call limit was hit (errcode 45011)",
    next: "wxbl pauses every call for --rate-limit-wait seconds and retries; lower --concurrency or raise --rate-limit-wait",
  },
  48001: {
    kind: "unauthorized",
    meaning: "this account is not authorized to call the API (errcode 48001)",
    next: "only verified (认证) Official Accounts may manage the blacklist: verify the account in the admin console",
  },
  40013: {
    kind: "fatal",
    meaning: "the AppID is invalid (errcode 40013)",
    next: "check WECHAT_APPID: it is the account's AppID (wx followed by 16 characters)",
  },
  40125: {
    kind: "fatal",
    meaning: "the AppSecret is invalid (errcode 40125)",
    next: "check WECHAT_APPSECRET against the admin console (Settings and Development > Basic Configuration)",
  },
  40164: {
    kind: "fatal",
    meaning: "this machine's IP address is not on the account's IP whitelist (errcode 40164)",
    next: IP_WHITELIST_NEXT,
  },
  41001: {
    kind: "fatal",
    meaning: "the request carried no access token (errcode 41001)",
    next: "this is a bug in wxbl or a proxy dropped the query string; please report it",
  },
};

/** The table's entry for a code; unknown codes are fatal and say so. */
export function describeErrcode(errcode: number): ErrcodeInfo {
  return (
    ERRCODES[errcode] ?? {
      kind: "fatal",
      meaning: `WeChat answered with errcode ${errcode}, which wxbl does not know`,
      next: "look the code up in WeChat's global return code list, and report it if it should be handled",
    }
  );
}
