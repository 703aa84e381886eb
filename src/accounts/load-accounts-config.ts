import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatDiagnostic, makeDiagnostic, type Diagnostic } from "../desired/diagnostic.js";
import { InputError } from "../errors.js";
import { say, msg } from "../i18n/message.js";
import type { Lang } from "../i18n/lang.js";
import { ACCOUNTS_FILE, type AccountsConfig } from "./account-config.js";
import {
  checkAccountsConfig,
  type ConfigCheck,
  type ConfigFinding,
} from "./check-accounts-config.js";

/**
 * wxbl.yaml in `cwd`, checked; undefined when there is none (one account, as before SPEC 11).
 * Only an unreadable file throws.
 */
export async function readAccountsConfig(cwd: string): Promise<ConfigCheck | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(cwd, ACCOUNTS_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new InputError(
      msg("accounts.config.cannotRead", { file: ACCOUNTS_FILE, code: code ?? String(error) }),
    );
  }
  return checkAccountsConfig(bytes);
}

/** The findings as diagnostics of wxbl.yaml (English messages, and texts for any language). */
export function configDiagnostics(findings: readonly ConfigFinding[]): Diagnostic[] {
  return findings.map((f) => makeDiagnostic(ACCOUNTS_FILE, f.line, f.column, "error", f.message));
}

/** The config, or exit 3 listing every problem of wxbl.yaml (commands other than validate). */
export function requireValidConfig(check: ConfigCheck): AccountsConfig {
  if (check.ok) return check.config;
  throw new InvalidConfigError(check.findings);
}

/** wxbl.yaml is not usable: exit 3, with every problem at its line, in the reader's language. */
export class InvalidConfigError extends InputError {
  constructor(readonly findings: readonly ConfigFinding[]) {
    super(renderInvalid(findings, "en"));
  }

  override localized(lang: Lang): string {
    return renderInvalid(this.findings, lang);
  }
}

function renderInvalid(findings: readonly ConfigFinding[], lang: Lang): string {
  const lines = configDiagnostics(findings).map((d) => formatDiagnostic(d, lang));
  return say(
    lang,
    msg("accounts.config.invalidFile", {
      file: ACCOUNTS_FILE,
      count: findings.length,
      problems: lines.join("\n"),
    }),
  );
}
