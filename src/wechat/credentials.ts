import { InputError } from "../errors.js";
import { msg } from "../i18n/message.js";
import { registerSecret } from "../secrets.js";

/**
 * How wxbl authenticates (SPEC section 2). A token given in WECHAT_ACCESS_TOKEN wins: it comes
 * from the account's central token service, so wxbl never disturbs the token other services use.
 */
export type Credentials =
  | { kind: "token"; accessToken: string }
  | {
      kind: "appsecret";
      appid: string;
      secret: string;
      /**
       * Use `GET /cgi-bin/token` instead of `POST /cgi-bin/stable_token`. Only on the operator's
       * explicit request (WECHAT_LEGACY_TOKEN=1): every call to it issues a new token and
       * INVALIDATES the one every other service of the account is using.
       */
      legacyTokenEndpoint?: boolean;
    };

/** The environment variables, for help texts and error messages. */
export const CREDENTIAL_VARIABLES =
  "WECHAT_ACCESS_TOKEN, or WECHAT_APPID and WECHAT_APPSECRET (WECHAT_LEGACY_TOKEN=1 switches to " +
  "GET /cgi-bin/token, which invalidates the token every other service of the account uses)";

/** Reads the credentials from the environment; InputError (exit 3) when they are missing. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  const accessToken = env.WECHAT_ACCESS_TOKEN?.trim();
  if (accessToken) {
    registerSecret(accessToken);
    return { kind: "token", accessToken };
  }
  const appid = env.WECHAT_APPID?.trim();
  const secret = env.WECHAT_APPSECRET?.trim();
  if (appid && secret) {
    registerSecret(secret);
    const legacy = env.WECHAT_LEGACY_TOKEN?.trim();
    return {
      kind: "appsecret",
      appid,
      secret,
      ...(legacy === "1" || legacy === "true" ? { legacyTokenEndpoint: true } : {}),
    };
  }
  const missing = appid ? "secret" : secret ? "appid" : "all";
  throw new InputError(msg("wechat.credentials.missing", { missing }));
}
