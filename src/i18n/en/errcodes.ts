/**
 * What each WeChat errcode means and what to do next (SPEC section 5), in English. The table of
 * errcodes itself, with how the client treats each one, is data in src/wechat/error-codes.ts;
 * it names these keys.
 */
/**
 * The credential hints name the variable the client's credentials came from (`variable`) and,
 * with wxbl.yaml, the account (`account`) and its file; without an account they read as before.
 */
interface Credential {
  variable: string;
  account?: string;
}

/** "the account's" or "account shop's". */
const whose = (account: string | undefined) =>
  account === undefined ? "the account's" : `account ${account}'s`;

const PROXY_BODY = (what: string) =>
  `a proxy may be ${what} request bodies; check HTTPS_PROXY, or report it`;

export const errcodes = {
  "errcode.busy": () => "WeChat is busy (errcode -1)",
  "errcode.busy.next": () =>
    "wxbl retries these with backoff; if it persists, try again in a few minutes",
  "errcode.40001": () => "the access token is invalid or is not the latest one (errcode 40001)",
  "errcode.40014": () => "the access token is not a valid token (errcode 40014)",
  "errcode.42001": () => "the access token has expired (errcode 42001)",
  "errcode.token.next": (p: Credential) =>
    `wxbl gets a new token once by itself; if you gave ${p.variable}, get a fresh one from ${whose(p.account)} token service`,
  "errcode.40003": () =>
    "an openid is invalid or is not a follower of this account (errcode 40003)",
  "errcode.40003.next": () =>
    "check the openid in the file: it must belong to a user who follows this account",
  "errcode.49003": () => "an openid belongs to another AppID (errcode 49003)",
  "errcode.49003.next": () =>
    "openids differ per account: take them from this account, not from another one",
  "errcode.40032": () => "the openid list size is not 1 to 20 (errcode 40032)",
  "errcode.40032.next": () => "this is a bug in wxbl (it batches by 20); please report it",
  "errcode.44002": () => "WeChat received an empty request body (errcode 44002)",
  "errcode.44002.next": () => PROXY_BODY("stripping"),
  "errcode.47001": () => "WeChat could not parse the request body as JSON (errcode 47001)",
  "errcode.47001.next": () => PROXY_BODY("rewriting"),
  "errcode.45009": () => "the account's daily quota for this API is spent (errcode 45009)",
  "errcode.45009.next": () =>
    "try again tomorrow (the quota resets daily); a later run picks up where this one stopped",
  "errcode.45011": () => "the per-minute call limit was hit (errcode 45011)",
  "errcode.45011.next": () =>
    "wxbl pauses every call for --rate-limit-wait seconds and retries; lower --concurrency or raise --rate-limit-wait",
  "errcode.48001": () => "this account is not authorized to call the API (errcode 48001)",
  "errcode.48001.next": () =>
    "only verified (认证) Official Accounts may manage the blacklist: verify the account in the admin console",
  "errcode.40013": () => "the AppID is invalid (errcode 40013)",
  "errcode.40013.next": (p: Credential & { file?: string }) =>
    p.account === undefined || p.file === undefined
      ? `check ${p.variable}: it is the account's AppID (wx followed by 16 characters)`
      : `check the appid line of ${p.file} (and ${p.variable}, when set): it must be account ${p.account}'s AppID (wx followed by 16 characters)`,
  "errcode.40125": () => "the AppSecret is invalid (errcode 40125)",
  "errcode.40125.next": (p: Credential) =>
    p.account === undefined
      ? `check ${p.variable} against the admin console (Settings and Development > Basic Configuration)`
      : `check ${p.variable}, account ${p.account}'s AppSecret, against that account's admin console (Settings and Development > Basic Configuration)`,
  "errcode.40164": () =>
    "this machine's IP address is not on the account's IP whitelist (errcode 40164)",
  "errcode.40164.next": (p: Credential) =>
    "add this machine's public IP to the IP whitelist (IP白名单) in " +
    (p.account === undefined
      ? "the Official Account admin console"
      : `the admin console of account ${p.account}`) +
    " (Settings and Development > Basic Configuration), or avoid the whitelist: give a token from " +
    `${whose(p.account)} central token service in ${p.variable}, send the calls through a fixed-egress proxy ` +
    "with HTTPS_PROXY, or run on a self-hosted runner whose IP is whitelisted",
  "errcode.41001": () => "the request carried no access token (errcode 41001)",
  "errcode.41001.next": () =>
    "this is a bug in wxbl or a proxy dropped the query string; please report it",
  "errcode.unknown": (p: { errcode: number }) =>
    `WeChat answered with errcode ${p.errcode}, which wxbl does not know`,
  "errcode.unknown.next": () =>
    "look the code up in WeChat's global return code list, and report it if it should be handled",
};
