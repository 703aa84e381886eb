import { InputError, RefusedError } from "../errors.js";
import { msg } from "../i18n/message.js";
import { registerSecret } from "../secrets.js";
import {
  SINGLE_ACCOUNT_VARIABLES,
  type CredentialVariables,
  type Credentials,
} from "../wechat/credentials.js";
import type { AccountConfig } from "./account-config.js";

/** How one account reaches WeChat: its own credentials and API base, from its own variables. */
export interface AccountConnection {
  credentials: Credentials;
  /** WECHAT_<ENV>_API_BASE, else WECHAT_API_BASE; undefined: the client's default. */
  baseUrl: string | undefined;
  /** The account's variables, for the client's hints when WeChat rejects a credential. */
  variables: CredentialVariables;
}

/** The plain variables that wxbl.yaml turns off (SPEC 11): never used for any account. */
export const PLAIN_CREDENTIAL_VARIABLES = [
  SINGLE_ACCOUNT_VARIABLES.appid,
  SINGLE_ACCOUNT_VARIABLES.secret,
  SINGLE_ACCOUNT_VARIABLES.token,
] as const;

/** An account's variable: WECHAT_<ENV>_<what>. */
export function accountVariable(
  account: Pick<AccountConfig, "env">,
  what: "APPSECRET" | "ACCESS_TOKEN" | "API_BASE" | "APPID" | "LEGACY_TOKEN",
): string {
  return `WECHAT_${account.env}_${what}`;
}

/** Which of the plain credential variables are set (each is ignored, with a warning). */
export function plainVariablesSet(env: NodeJS.ProcessEnv): string[] {
  return PLAIN_CREDENTIAL_VARIABLES.filter((name) => Boolean(env[name]?.trim()));
}

/**
 * The account's connection (SPEC 11), from its variables only: WECHAT_<ENV>_ACCESS_TOKEN (a
 * token from the account's token service) wins; else WECHAT_<ENV>_APPSECRET with the appid its
 * file names. WECHAT_<ENV>_APPID, when set, must be that appid: a variable meant for another
 * account is refused (exit 4) before any call. Nothing set is exit 3.
 */
export function accountConnection(
  env: NodeJS.ProcessEnv,
  account: AccountConfig,
  fileAppid: string,
): AccountConnection {
  const read = (what: Parameters<typeof accountVariable>[1]) =>
    env[accountVariable(account, what)]?.trim() || undefined;
  const appidVariable = read("APPID");
  if (appidVariable !== undefined && appidVariable !== fileAppid) {
    throw new RefusedError(
      msg("accounts.connection.appidDiffers", {
        account: account.name,
        variable: accountVariable(account, "APPID"),
        given: appidVariable,
        file: account.file,
        appid: fileAppid,
      }),
    );
  }
  const ownBase = read("API_BASE");
  const baseUrl = ownBase ?? (env.WECHAT_API_BASE?.trim() || undefined);
  const variables: CredentialVariables = {
    account: account.name,
    appid: accountVariable(account, "APPID"),
    file: account.file,
    secret: accountVariable(account, "APPSECRET"),
    token: accountVariable(account, "ACCESS_TOKEN"),
    // The variable the base came from; with neither set, where this account's would go.
    apiBase:
      ownBase === undefined && baseUrl !== undefined
        ? "WECHAT_API_BASE"
        : accountVariable(account, "API_BASE"),
  };
  const accessToken = read("ACCESS_TOKEN");
  if (accessToken !== undefined) {
    registerSecret(accessToken);
    return { credentials: { kind: "token", accessToken }, baseUrl, variables };
  }
  const secret = read("APPSECRET");
  if (secret !== undefined) {
    registerSecret(secret);
    const legacy = read("LEGACY_TOKEN");
    return {
      credentials: {
        kind: "appsecret",
        appid: fileAppid,
        secret,
        ...(legacy === "1" || legacy === "true" ? { legacyTokenEndpoint: true } : {}),
      },
      baseUrl,
      variables,
    };
  }
  throw new InputError(
    msg("accounts.connection.missing", {
      account: account.name,
      secret: accountVariable(account, "APPSECRET"),
      token: accountVariable(account, "ACCESS_TOKEN"),
      appid: fileAppid,
    }),
  );
}
