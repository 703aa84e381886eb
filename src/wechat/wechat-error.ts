import { RuntimeFailure } from "../errors.js";
import type { Message } from "../i18n/message.js";

/**
 * What the caller should do about a failed WeChat call:
 * - retryable: -1 busy, HTTP 5xx, resets, timeouts (the client retries these itself)
 * - rate-limited: 45011 still answered after the client's waits
 * - quota: 45009 daily quota used up, stop starting calls
 * - token: 40001/40014/42001 and the fresh token was rejected too
 * - invalid-openid: 40003/49003, the caller bisects the batch
 * - unauthorized: 48001, the account may not call this API
 * - network: no usable answer after retries (errcode undefined)
 * - fatal: anything else
 */
export type WechatErrorKind =
  | "retryable"
  | "rate-limited"
  | "quota"
  | "token"
  | "invalid-openid"
  | "unauthorized"
  | "network"
  | "fatal";

/** A WeChat call that failed for good; exit code 1 through RuntimeFailure. Never carries a secret. */
export class WechatError extends RuntimeFailure {
  readonly errcode: number | undefined;
  readonly call: string;
  readonly kind: WechatErrorKind;

  constructor(init: {
    errcode: number | undefined;
    call: string;
    kind: WechatErrorKind;
    /** A catalogue Message (the operator's language); a plain string is shown as is. */
    message: string | Message;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.errcode = init.errcode;
    this.call = init.call;
    this.kind = init.kind;
  }
}
