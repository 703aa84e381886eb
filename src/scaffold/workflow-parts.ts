import { pathScalar } from "./accounts-config-text.js";

/**
 * What the three workflows `wxbl init` writes have in common: the actions they call, pinned
 * (SPEC 8: third-party actions by commit SHA, with the version in a comment for a reader and
 * for update tools; wxbl's own Action by the exact version of the wxbl that wrote them).
 */

/** actions/checkout v5.0.0. */
export const CHECKOUT = "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0";

/** actions/upload-artifact v5.0.0. */
export const UPLOAD_ARTIFACT =
  "actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0";

/** `wxbl/wxbl@v1.2.3`: this repository's Action (SPEC 9), at the version that wrote the file. */
export function wxblAction(version: string): string {
  return `wxbl/wxbl@v${version}`;
}

/** One account of a wxbl.yaml, as the many-account workflows name it (SPEC 11). */
export interface WorkflowAccount {
  name: string;
  /** Its desired-state file, relative to the repository root. */
  file: string;
  /** The middle of its secrets: WECHAT_<ENV>_APPSECRET and the rest. */
  env: string;
}

/** What every workflow needs to know from the one who ran `wxbl init`. */
export interface WorkflowOptions {
  /** The wxbl version the workflows pin. */
  version: string;
  /** The `lang` input: the language of comments, summaries and issues (SPEC 12). */
  lang: string;
  /**
   * The accounts of wxbl.yaml, in its order: present (and not empty), the workflows take their
   * many-account form (SPEC 11); absent, the one-account form for blacklist.yaml.
   */
  accounts?: readonly WorkflowAccount[];
}

/**
 * The secrets the Action's credential inputs take, as `with:` lines at `indent` spaces. A
 * secret that is not set arrives as an empty input, which the Action treats as absent.
 */
export function credentialInputs(indent: number): string {
  const pad = " ".repeat(indent);
  return [
    "app-id: ${{ secrets.WECHAT_APPID }}",
    "app-secret: ${{ secrets.WECHAT_APPSECRET }}",
    "access-token: ${{ secrets.WECHAT_ACCESS_TOKEN }}",
    "api-base: ${{ secrets.WECHAT_API_BASE }}",
    "https-proxy: ${{ secrets.HTTPS_PROXY }}",
  ]
    .map((line) => `${pad}${line}`)
    .join("\n");
}

/**
 * The credential inputs of a matrix job of one account (SPEC 11): that account's secrets only,
 * picked by the `env` of its matrix entry (built from wxbl.yaml by the Action's `accounts`
 * command); its own API base, else the shared one; the shared proxy.
 */
export function matrixCredentialInputs(indent: number): string {
  const pad = " ".repeat(indent);
  const own = (what: string) => `secrets[format('WECHAT_{0}_${what}', matrix.env)]`;
  return [
    `app-secret: \${{ ${own("APPSECRET")} }}`,
    `access-token: \${{ ${own("ACCESS_TOKEN")} }}`,
    `api-base: \${{ ${own("API_BASE")} || secrets.WECHAT_API_BASE }}`,
    "https-proxy: ${{ secrets.HTTPS_PROXY }}",
  ]
    .map((line) => `${pad}${line}`)
    .join("\n");
}

/**
 * The `env:` lines that hand the pull-request plan, ONE job for every account, each account's
 * own variables (the CLI reads WECHAT_<ENV>_APPSECRET, _ACCESS_TOKEN and _API_BASE; an unset
 * secret arrives empty and counts as not set).
 */
export function accountSecretEnv(accounts: readonly WorkflowAccount[], indent: number): string {
  const pad = " ".repeat(indent);
  return accounts
    .flatMap((account) =>
      ACCOUNT_SECRETS.map((what) => {
        const name = `WECHAT_${account.env}_${what}`;
        return `${pad}${name}: \${{ secrets.${name} }}`;
      }),
    )
    .join("\n");
}

/** An account's secrets, WECHAT_<ENV>_<what> (SPEC 11); the API base is optional. */
export const ACCOUNT_SECRETS = ["APPSECRET", "ACCESS_TOKEN", "API_BASE"] as const;

/**
 * A path as an item of a workflow's `paths:` filter: glob characters escaped (GitHub's filter
 * patterns take \\ as an escape), quoted when YAML would otherwise misread it (`pathScalar`:
 * a file named `123` or `true` too).
 */
export function pathFilter(path: string): string {
  return pathScalar(path.replace(/[*?[\]!+]/g, (c) => `\\${c}`));
}

/** The secrets named in credentialInputs, for `wxbl init`'s closing list. */
export const WORKFLOW_SECRETS = [
  "WECHAT_APPID",
  "WECHAT_APPSECRET",
  "WECHAT_ACCESS_TOKEN",
  "WECHAT_API_BASE",
  "HTTPS_PROXY",
] as const;

/** The first comment line of every file init writes: who wrote it, and how to upgrade. */
export function writtenBy(version: string): string {
  return `# Written by \`wxbl init\` (wxbl ${version}). To upgrade, change the version after wxbl/wxbl@.`;
}
