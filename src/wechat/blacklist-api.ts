/**
 * The port between the reconciler and WeChat: the three blacklist calls of SPEC section 5.
 * The HTTP client in this folder implements it; tests use the sandbox over loopback or an
 * in-memory fake. Callers ask for the narrowest part they need, e.g. Pick<BlacklistApi, "block">.
 */

/**
 * The most openids one `batchblacklist` / `batchunblacklist` call accepts: the WeChat docs give
 * `openid_list` a limit of 20 (SPEC section 5; more, or none, is answered 40032).
 */
export const MAX_BATCH_SIZE = 20;

/** One `getblacklist` answer as WeChat sends it: any field may be missing at the end. */
export interface BlacklistPage {
  total?: number;
  count?: number;
  data?: { openid?: string[] };
  next_openid?: string;
}

export interface BlacklistApi {
  /** `POST /cgi-bin/tags/members/getblacklist` with `begin_openid` ("" = from the start). */
  getBlacklistPage(beginOpenid: string): Promise<BlacklistPage>;
  /** `batchblacklist`: 1..20 openids, refused before any request otherwise. */
  block(openids: readonly string[]): Promise<void>;
  /** `batchunblacklist`: 1..20 openids, refused before any request otherwise. */
  unblock(openids: readonly string[]): Promise<void>;
}
