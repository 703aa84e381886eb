/**
 * The local WeChat API emulator (SPEC 6). Shares no code with src/wechat/.
 *
 * Choices where WeChat's behaviour is undocumented (tests pin each one):
 * - GET /cgi-bin/token and POST /cgi-bin/stable_token keep separate tokens, as WeChat says
 *   they do; a new legacy token makes the previous legacy token stale (40001), a
 *   force_refresh makes the previous stable token stale. Both are accepted by the calls.
 * - getblacklist: every page's next_openid is its last id; after the last id comes
 *   {total, count: 0, next_openid: ""} without `data`; a begin_openid not on the blacklist
 *   (including one unblocked while paging) is 40003.
 * - batch calls: `opened_list` without `openid_list` is 47001; no `openid_list` or 0 / >20
 *   ids is 40032; non-string ids 47001; one non-follower rejects the whole batch (40003).
 *   Blocking a blocked id and unblocking an unblocked follower succeed; a re-blocked id
 *   goes to the end of the blocking order.
 * - Faults: busy, HTTP 500 (HTML body) and drops hit only the three blacklist calls,
 *   before the token is checked; latency hits every WeChat endpoint. The per-minute limit
 *   and the daily quota count admitted write calls (calendar minute; day in Beijing time)
 *   and are checked after the token, before the body. tokenExpiryEvery counts calls that
 *   passed the token check.
 * - Several accounts (SPEC 11, `accounts`): one server, as WeChat is one API for every
 *   account. Token calls go to the account of their appid, every other call to the account
 *   whose token it carries (a stale one included); a call no account claims is answered
 *   40013/41002 (token calls) or 40001/41001 and touches no account. Faults, quotas and
 *   latency are each account's own.
 */
export { startSandbox } from "./start-sandbox.js";
export type {
  Sandbox,
  SandboxAccountHandle,
  SandboxAccountOptions,
  SandboxCall,
  SandboxFaultKind,
  SandboxFaults,
  SandboxOptions,
  SandboxState,
} from "./sandbox-types.js";
