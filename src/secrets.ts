/**
 * Secrets (app secret, access tokens) must never reach output, logs, errors or reports.
 * Every place that learns a secret registers it here; src/cli/main.ts passes everything
 * the CLI writes through `redact`, so a secret that slips into a message is masked anyway.
 * This is the second line of defence: code still must not put secrets into messages.
 */
const known = new Set<string>();

/** Secrets shorter than this are not registered: masking them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 6;

export const REDACTED = "***";

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) known.add(value);
}

/** Masks every registered secret and any `access_token=` / `secret=` query value. */
export function redact(text: string): string {
  let out = text.replace(/([?&](?:access_token|secret)=)[^&\s"'#]*/gi, `$1${REDACTED}`);
  for (const secret of known) {
    if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  }
  return out;
}

/** WECHAT_APPSECRET, WECHAT_ACCESS_TOKEN and each account's WECHAT_<ENV>_ twins (SPEC 11). */
const SECRET_VARIABLE = /^WECHAT_(?:[A-Z0-9_]+_)?(?:APPSECRET|ACCESS_TOKEN)$/;

/** Registers the secrets found in the environment (see SPEC sections 2 and 11). */
export function registerEnvSecrets(env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (!SECRET_VARIABLE.test(name)) continue;
    registerSecret(value);
    registerSecret(value?.trim());
  }
}
