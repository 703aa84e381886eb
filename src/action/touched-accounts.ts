import { ACCOUNTS_FILE, normalFile, type AccountConfig } from "../accounts/account-config.js";

/**
 * The accounts a change touches (SPEC 11), in wxbl.yaml's order: those whose file is among the
 * changed paths, and, when wxbl.yaml itself changed, those whose entry is new or differs from
 * the one before (`base`; undefined when it could not be read: then every account counts).
 * Paths are relative to the repository's root, where wxbl.yaml is.
 */
export function touchedAccounts(
  accounts: readonly AccountConfig[],
  changedPaths: readonly string[],
  base: readonly AccountConfig[] | undefined,
): AccountConfig[] {
  const changed = new Set(changedPaths.map(normalFile));
  const configChanged = changed.has(ACCOUNTS_FILE);
  return accounts.filter(
    (account) =>
      changed.has(normalFile(account.file)) || (configChanged && !sameEntry(account, base)),
  );
}

function sameEntry(account: AccountConfig, base: readonly AccountConfig[] | undefined): boolean {
  return (base ?? []).some(
    (before) =>
      before.name === account.name &&
      before.env === account.env &&
      normalFile(before.file) === normalFile(account.file),
  );
}
