/**
 * The sandbox's own table of WeChat error codes and messages, written from SPEC section 5
 * and WeChat's public error list. It deliberately shares nothing with src/wechat/ (SPEC 6).
 * errmsg strings imitate WeChat's, including the " rid: ..." suffix, so clients that match
 * on errmsg instead of errcode break here as they would in production.
 */
export const ERRMSG: Readonly<Record<number, string>> = {
  [-1]: "system error",
  40001: "invalid credential, access_token is invalid or not latest",
  40002: "invalid grant_type",
  40003: "invalid openid",
  40013: "invalid appid",
  40032: "invalid openid list size, please check the openid list",
  40066: "invalid url",
  40125: "invalid appsecret",
  41001: "access_token missing",
  41002: "appid missing",
  41004: "appsecret missing",
  42001: "access_token expired",
  43002: "require POST method",
  44002: "empty post data",
  45009: "reach max api daily quota limit",
  45011: "api minute-quota reach limit  mustslower  retry next minute",
  47001: "data format error",
};

/** A WeChat reply: HTTP status and JSON body. */
export interface Reply {
  http: number;
  body: Record<string, unknown>;
}

export function ok(body: Record<string, unknown> = { errcode: 0, errmsg: "ok" }): Reply {
  return { http: 200, body };
}

/** An error answer: HTTP 200 with {errcode, errmsg}, as WeChat answers almost all errors. */
export function fail(errcode: number, rid: string, http = 200): Reply {
  const message = ERRMSG[errcode] ?? "unknown error";
  return { http, body: { errcode, errmsg: `${message} rid: ${rid}` } };
}
