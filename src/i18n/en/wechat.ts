/**
 * English messages of the WeChat client (src/wechat): failed calls, the HTTP transport,
 * missing credentials and reading the live list. The errcodes' own sentences are in
 * errcodes.ts; these put them into a sentence about the call.
 */
/**
 * `variable` is the token variable of the client's credentials (WECHAT_ACCESS_TOKEN, or with
 * wxbl.yaml the account's WECHAT_<ENV>_ACCESS_TOKEN) and `account` the account's name.
 */
interface TokenVariable {
  variable: string;
  account?: string;
}

/** "the account's" or "account shop's". */
const whose = (account: string | undefined) =>
  account === undefined ? "the account's" : `account ${account}'s`;

const tokenRejectedAgain = (p: TokenVariable) =>
  "wxbl got a new token and WeChat rejected that one too; another service may be renewing " +
  `${whose(p.account)} token with GET /cgi-bin/token (each call there invalidates the previous token): ` +
  `give wxbl the token from ${whose(p.account)} central token service in ${p.variable}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const wechat = {
  "wechat.network": (p: { problem: string; tries?: number; base: string; variable: string }) =>
    `${p.problem}${p.tries === undefined ? "" : ` (gave up after ${p.tries} tries)`}; check the network path to ${p.base} (${p.variable}, HTTPS_PROXY) and try again`,
  "wechat.notAnObject": (p: { call: string; tries: number }) =>
    `${p.call} failed: WeChat's answer is not a JSON object (gave up after ${p.tries} tries)`,
  "wechat.callFailed": (p: {
    call: string;
    meaning: string;
    next: string;
    tries?: number;
    waits?: number;
  }) => {
    const after =
      p.tries !== undefined
        ? ` (gave up after ${p.tries} tries)`
        : p.waits !== undefined
          ? ` (gave up after ${p.waits} waits)`
          : "";
    return `${p.call} failed: ${p.meaning}${after}. Next: ${p.next}.`;
  },
  "wechat.givenTokenRejected": (p: { call: string; meaning: string } & TokenVariable) =>
    `${p.call} failed: WeChat rejected the token given in ${p.variable}${p.account === undefined ? "" : ` for account ${p.account}`}: ${p.meaning}. Next: get a fresh token from ${whose(p.account)} token service and run again.`,
  "wechat.newTokenRejected": (p: { call: string; meaning: string } & TokenVariable) =>
    `${p.call} failed: ${p.meaning}, again with a new token. Next: ${tokenRejectedAgain(p)}.`,
  "wechat.sameTokenBack": (p: { call: string; meaning: string } & TokenVariable) =>
    `${p.call} failed: ${p.meaning}, and the token endpoint gave the same token back. Next: ${tokenRejectedAgain(p)}.`,
  "wechat.noAccessToken": (p: { call: string; base: string; variable: string }) =>
    `${p.call} answered without an access_token; check ${p.variable} (${p.base})`,

  "wechat.http.status": (p: { request: string; status: number }) =>
    `${p.request} answered HTTP ${p.status}`,
  "wechat.http.notJson": (p: { request: string; status: number }) =>
    `${p.request} answered HTTP ${p.status} with a body that is not JSON`,
  "wechat.http.notJsonCheckBase": (p: {
    request: string;
    status: number;
    base: string;
    variable: string;
  }) =>
    `${p.request} answered HTTP ${p.status} with a body that is not JSON; check ${p.variable} (${p.base})`,
  "wechat.http.noErrcode": (p: {
    request: string;
    status: number;
    base: string;
    variable: string;
  }) =>
    `${p.request} answered HTTP ${p.status} without a WeChat errcode; check ${p.variable} (${p.base}) and any proxy`,
  "wechat.http.failed": (p: { request: string; detail: string; code?: string }) =>
    `${p.request} failed: ${p.detail}${p.code === undefined ? "" : ` (${p.code})`}`,

  "wechat.credentials.missing": (p: { missing: "appid" | "secret" | "all" }) => {
    const missing =
      p.missing === "secret"
        ? "WECHAT_APPSECRET is not set"
        : p.missing === "appid"
          ? "WECHAT_APPID is not set"
          : "no credentials are set";
    return (
      `WeChat credentials are missing: ${missing}. Set WECHAT_ACCESS_TOKEN (a token from the account's ` +
      "token service), or WECHAT_APPID and WECHAT_APPSECRET; for a local try-out, start `wxbl sandbox` " +
      "and paste the variables it prints."
    );
  },

  "wechat.live.interrupted": (p: { pages: number }) =>
    `reading the live blacklist was interrupted after ${plural(p.pages, "page")}; nothing was changed. Run the command again to start over.`,
  "wechat.live.endlessPaging": (p: { pages: number; ids: number; total?: number }) =>
    `reading the live blacklist: still paging after ${p.pages} pages and ${p.ids} ids, more than ` +
    `a list of ${p.total ?? "(no total given)"} ids can need; the server's paging does not end. ` +
    "Nothing was changed; try again later, and report it if it repeats.",
  "wechat.live.totalDiffers": (p: { ids: number; total: number }) =>
    `the live blacklist has ${p.ids} distinct ids, but WeChat reported a total of ${p.total} ` +
    "(the list may have changed while it was read)",
};
