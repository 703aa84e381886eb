import { defaultEnvName, type AccountsConfig } from "../accounts/account-config.js";
import type { ActionInputs } from "./action-inputs.js";

/** Variables a workflow may set to an empty secret: empty counts as not set (SPEC 2). */
const CREDENTIAL_VARIABLE = /^(WECHAT_\w+|HTTPS?_PROXY|https?_proxy)$/;

/**
 * The environment the CLI runs with: the runner's, less the step summary (the Action writes
 * it, once), less empty credential variables, plus the credential inputs. Without `account`
 * they are WECHAT_APPID / _APPSECRET / _ACCESS_TOKEN / _API_BASE; with it, the account's own
 * WECHAT_<ENV>_APPSECRET / _ACCESS_TOKEN / _API_BASE (SPEC 11: the appid is the file's).
 * An input that is empty leaves what the environment has. `config` is wxbl.yaml as runAction
 * read it (undefined when missing or not valid).
 */
export function cliEnv(
  inputs: ActionInputs,
  base: NodeJS.ProcessEnv,
  config: AccountsConfig | undefined,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (name === "GITHUB_STEP_SUMMARY") continue;
    if (CREDENTIAL_VARIABLE.test(name) && !value) continue;
    env[name] = value;
  }
  const prefix =
    inputs.account === undefined ? "WECHAT" : `WECHAT_${accountEnvName(config, inputs.account)}`;
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined) env[name] = value;
  };
  if (inputs.account === undefined) set("WECHAT_APPID", inputs.appId);
  set(`${prefix}_APPSECRET`, inputs.appSecret);
  set(`${prefix}_ACCESS_TOKEN`, inputs.accessToken);
  set(`${prefix}_API_BASE`, inputs.apiBase);
  // Lower case wins where both are set, as in curl and undici: set both.
  set("HTTPS_PROXY", inputs.httpsProxy);
  set("https_proxy", inputs.httpsProxy);
  return env;
}

/**
 * The ENV of an account's variables (SPEC 11): its `env:` in wxbl.yaml, else its name
 * upper-cased with `-` as `_`. A wxbl.yaml that is missing or not valid gives the default: the
 * CLI reports what is wrong with it.
 */
function accountEnvName(config: AccountsConfig | undefined, account: string): string {
  return config?.accounts.find((a) => a.name === account)?.env ?? defaultEnvName(account);
}
