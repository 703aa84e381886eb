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

/** What every workflow needs to know from the one who ran `wxbl init`. */
export interface WorkflowOptions {
  /** The wxbl version the workflows pin. */
  version: string;
  /** The `lang` input: the language of comments, summaries and issues (SPEC 12). */
  lang: string;
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
