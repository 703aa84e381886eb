import { msg, type Message } from "../i18n/message.js";
import { SINGLE_ACCOUNT_VARIABLES, type CredentialVariables } from "./credentials.js";
import type { WechatErrorKind } from "./wechat-error.js";

/**
 * Every WeChat errcode wxbl knows, in one table of data (SPEC section 5): how the client
 * treats it and what the operator is told (catalogue area `errcodes`, in each language).
 * Matched on errcode only, never on errmsg (errmsg carries `rid:`/`hint:` suffixes that change
 * on every call).
 */
export interface ErrcodeInfo {
  kind: WechatErrorKind;
  /** What happened, in a plain sentence. */
  meaning: Message;
  /** What to do next. */
  next: Message;
}

/**
 * A table entry. A next step that names a credential variable is written for the variables the
 * client's credentials came from (with wxbl.yaml, the account's own WECHAT_<ENV>_...).
 */
export interface ErrcodeEntry {
  kind: WechatErrorKind;
  meaning: Message;
  next: Message | ((variables: CredentialVariables) => Message);
}

const TOKEN_NEXT = (v: CredentialVariables) =>
  msg("errcode.token.next", { variable: v.token, account: v.account });

export const ERRCODES: Readonly<Record<number, ErrcodeEntry>> = {
  [-1]: { kind: "retryable", meaning: msg("errcode.busy"), next: msg("errcode.busy.next") },
  40001: { kind: "token", meaning: msg("errcode.40001"), next: TOKEN_NEXT },
  40014: { kind: "token", meaning: msg("errcode.40014"), next: TOKEN_NEXT },
  42001: { kind: "token", meaning: msg("errcode.42001"), next: TOKEN_NEXT },
  40003: { kind: "invalid-openid", meaning: msg("errcode.40003"), next: msg("errcode.40003.next") },
  49003: { kind: "invalid-openid", meaning: msg("errcode.49003"), next: msg("errcode.49003.next") },
  40032: { kind: "fatal", meaning: msg("errcode.40032"), next: msg("errcode.40032.next") },
  44002: { kind: "fatal", meaning: msg("errcode.44002"), next: msg("errcode.44002.next") },
  47001: { kind: "fatal", meaning: msg("errcode.47001"), next: msg("errcode.47001.next") },
  45009: { kind: "quota", meaning: msg("errcode.45009"), next: msg("errcode.45009.next") },
  45011: { kind: "rate-limited", meaning: msg("errcode.45011"), next: msg("errcode.45011.next") },
  48001: { kind: "unauthorized", meaning: msg("errcode.48001"), next: msg("errcode.48001.next") },
  40013: {
    kind: "fatal",
    meaning: msg("errcode.40013"),
    next: (v) => msg("errcode.40013.next", { variable: v.appid, account: v.account, file: v.file }),
  },
  40125: {
    kind: "fatal",
    meaning: msg("errcode.40125"),
    next: (v) => msg("errcode.40125.next", { variable: v.secret, account: v.account }),
  },
  40164: {
    kind: "fatal",
    meaning: msg("errcode.40164"),
    next: (v) => msg("errcode.40164.next", { variable: v.token, account: v.account }),
  },
  41001: { kind: "fatal", meaning: msg("errcode.41001"), next: msg("errcode.41001.next") },
};

/**
 * The table's entry for a code, its next step naming `variables` (default: the single-account
 * WECHAT_APPID, WECHAT_APPSECRET, WECHAT_ACCESS_TOKEN); unknown codes are fatal and say so.
 */
export function describeErrcode(
  errcode: number,
  variables: CredentialVariables = SINGLE_ACCOUNT_VARIABLES,
): ErrcodeInfo {
  const entry = ERRCODES[errcode];
  if (entry === undefined) {
    return {
      kind: "fatal",
      meaning: msg("errcode.unknown", { errcode }),
      next: msg("errcode.unknown.next"),
    };
  }
  const { kind, meaning, next } = entry;
  return { kind, meaning, next: typeof next === "function" ? next(variables) : next };
}
