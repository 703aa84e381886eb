/** The sandbox's public types (the contract in notes/contracts.md, extended compatibly). */

export interface SandboxFaults {
  /** 0..1: share of blacklist calls answered {errcode:-1} (HTTP 200). */
  busyRate?: number;
  /** 0..1: share of blacklist calls answered HTTP 500 with an HTML body. */
  http500Rate?: number;
  /** 0..1: share of blacklist calls whose connection is destroyed without an answer. */
  dropRate?: number;
  /** Milliseconds added before every answer of a WeChat endpoint (token endpoints included). */
  latencyMs?: number;
  /** Every N-th authenticated call finds its token expired (42001); the token is then rotated. */
  tokenExpiryEvery?: number;
  /** More than N write calls within a (sandbox-clock) minute -> 45011. */
  perMinuteLimit?: number;
  /** More than N write calls in a (sandbox-clock, Beijing) day -> 45009. */
  dailyWriteQuota?: number;
  /** Every blacklist call with a valid token answers 48001 (API not authorized: an unverified account). */
  unauthorized?: boolean;
}

export interface SandboxOptions {
  /** Default "127.0.0.1"; never another interface unless asked. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** Default generated "wx" + 16 hex from the seed. */
  appid?: string;
  /** Default generated (32 hex) from the seed. */
  secret?: string;
  /** Default 1; everything random (ids, tokens, faults) derives from it. */
  seed?: number;
  /**
   * Generated followers (default 0): openids of one account, sharing the seed's 6-character
   * prefix (SPEC section 7).
   */
  followers?: number;
  /** Of which the first M (in generation order) are blocked, in that order. */
  blocked?: number;
  /** Explicit state; blacklist ids are followers too. Added after the generated ones. */
  state?: { followers: string[]; blacklist: string[] };
  /** getblacklist page size, default 10000. */
  pageSize?: number;
  /** Default 7200. */
  tokenTtlSeconds?: number;
  faults?: SandboxFaults;
  /** ms clock for token expiry and quota windows; default Date.now. */
  now?: () => number;
  /** Call-log entries kept (the oldest are dropped; `counts` keeps counting). Default 100000. */
  callLogLimit?: number;
  /**
   * Several Official Accounts on one server (SPEC 11), each with its own appid, secret,
   * followers, blacklist, tokens, quotas, faults and call log: a number (named account-1,
   * account-2, ... with the options above as each one's defaults and a seed of its own), or
   * each account's options. Calls are routed as WeChat routes them: token calls by appid,
   * the others by access token. Without it, the sandbox is one account (`name` "main").
   */
  accounts?: number | SandboxAccountOptions[];
}

/** One account of a sandbox of several; unset options come from SandboxOptions. */
export interface SandboxAccountOptions {
  /** Lowercase letters, digits and -, as in wxbl.yaml; default account-N. */
  name?: string;
  /** The middle of its variables (WECHAT_<ENV>_...); default the name upper-cased, - as _. */
  env?: string;
  /** Default derived from the sandbox's seed and the account's place. */
  seed?: number;
  /**
   * What every generated openid of the account starts with: "o" and 5 base64url characters
   * (SPEC 7: one account's openids share their first 6). Default: from its seed, so each
   * account of a sandbox has its own.
   */
  openidPrefix?: string;
  appid?: string;
  secret?: string;
  followers?: number;
  blocked?: number;
  state?: { followers: string[]; blacklist: string[] };
  pageSize?: number;
  tokenTtlSeconds?: number;
  faults?: SandboxFaults;
}

/** What an injected fault did to a call. */
export type SandboxFaultKind = "busy" | "http500" | "drop" | "token-expiry";

export interface SandboxCall {
  seq: number;
  /** The path without the query string (the token is never logged). */
  path: string;
  /** errcode of the answer; 0 for success and for answers without a JSON body (HTTP 500, drop). */
  errcode: number;
  /** HTTP status; 0 when the connection was dropped. */
  http: number;
  /** Write calls: ids in openid_list; getblacklist: ids returned. */
  ids?: number;
  /** stable_token only: true when the caller asked for force_refresh. */
  forceRefresh?: boolean;
  /** Set when an injected fault produced the answer. */
  fault?: SandboxFaultKind;
}

export interface SandboxState {
  /** The account's name ("main" for a sandbox of one account). */
  name: string;
  /** What the account's generated openids start with (6 characters). */
  openidPrefix: string;
  appid: string;
  followers: number;
  /** The blacklist in blocking order (empty when asked for without it, see `blocked`). */
  blacklist: string[];
  /** The last calls (at most callLogLimit), oldest first. */
  calls: SandboxCall[];
  /** Size of the blacklist. */
  blocked: number;
  /** Calls per path since the last reset-log, never truncated. */
  counts: Record<string, number>;
  /** Calls per errcode (as a string, "0" included) since the last reset-log. */
  errcodes: Record<string, number>;
  /** stable_token calls with force_refresh: true since the last reset-log. */
  forceRefreshes: number;
}

/** One account of the sandbox, for tests and the CLI. */
export interface SandboxAccountHandle {
  name: string;
  env: string;
  appid: string;
  secret: string;
  /** Same data as GET /__sandbox/state?account=NAME. */
  state(): SandboxState;
  /** Replaces the account's faults (counters for tokenExpiryEvery restart). */
  setFaults(faults: SandboxFaults): void;
  addFollowers(openids: string[]): void;
  /** Clears the account's call log and quota counters (POST /__sandbox/reset-log?account=NAME). */
  resetLog(): void;
}

/** The sandbox; its own appid, secret, state() and the rest are its first account's. */
export interface Sandbox extends Omit<SandboxAccountHandle, "name" | "env" | "resetLog"> {
  /** "http://127.0.0.1:PORT" */
  url: string;
  /** Every account, in order (one for a sandbox of one account). */
  accounts: SandboxAccountHandle[];
  /** The account of that name; throws for an unknown name. */
  account(name: string): SandboxAccountHandle;
  close(): Promise<void>;
}
