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

/**
 * The variables a client's credentials and endpoint came from, and the account they belong to,
 * so that the hint of a rejected AppID, AppSecret or token names the variable the operator
 * actually set: the plain WECHAT_... ones, or with wxbl.yaml the account's own WECHAT_<ENV>_...
 * (SPEC 11). Names only, never a value.
 */
export interface CredentialVariables {
  /** The account's name in wxbl.yaml; undefined without one. */
  account?: string;
  /** Where the appid is set: WECHAT_APPID, or with wxbl.yaml WECHAT_<ENV>_APPID (when set it must equal the file's). */
  appid: string;
  /** With wxbl.yaml: the account's file, whose `appid:` line gives the appid. */
  file?: string;
  secret: string;
  token: string;
  apiBase: string;
}

/** The single-account variables (SPEC 2). */
export const SINGLE_ACCOUNT_VARIABLES: CredentialVariables = {
  appid: "WECHAT_APPID",
  secret: "WECHAT_APPSECRET",
  token: "WECHAT_ACCESS_TOKEN",
  apiBase: "WECHAT_API_BASE",
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
