import { msg, type Message } from "../i18n/message.js";
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

const TOKEN_NEXT = msg("errcode.token.next");

export const ERRCODES: Readonly<Record<number, ErrcodeInfo>> = {
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
  40013: { kind: "fatal", meaning: msg("errcode.40013"), next: msg("errcode.40013.next") },
  40125: { kind: "fatal", meaning: msg("errcode.40125"), next: msg("errcode.40125.next") },
  40164: { kind: "fatal", meaning: msg("errcode.40164"), next: msg("errcode.40164.next") },
  41001: { kind: "fatal", meaning: msg("errcode.41001"), next: msg("errcode.41001.next") },
};

/** The table's entry for a code; unknown codes are fatal and say so. */
export function describeErrcode(errcode: number): ErrcodeInfo {
  return (
    ERRCODES[errcode] ?? {
      kind: "fatal",
      meaning: msg("errcode.unknown", { errcode }),
      next: msg("errcode.unknown.next"),
    }
  );
}
