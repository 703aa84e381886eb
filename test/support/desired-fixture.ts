import type { DesiredEntry, DesiredState, GuardConfig } from "../../src/desired/desired-state.js";
import { DEFAULT_GUARD } from "../../src/desired/desired-state.js";

/** A user as the tests write it: an openid, or an entry without its position. */
export type UserSpec = string | { openid: string; reason?: string; expires?: string };

/** A DesiredState as load-desired would return it; entries sit on lines 5, 6, 7, ... */
export function desiredState(
  users: readonly UserSpec[],
  options: { prune?: boolean; guard?: Partial<GuardConfig>; appid?: string; sha256?: string } = {},
): DesiredState {
  const entries: DesiredEntry[] = users.map((user, index) => {
    const spec = typeof user === "string" ? { openid: user } : user;
    return { ...spec, line: index + 5, column: 5 };
  });
  return {
    path: "blacklist.yaml",
    sha256: options.sha256 ?? "a".repeat(64),
    version: 1,
    ...(options.appid === undefined ? {} : { appid: options.appid }),
    prune: options.prune ?? true,
    guard: { ...DEFAULT_GUARD, ...options.guard },
    users: entries,
  };
}

/** 2026-06-15, mid-morning UTC. */
export const NOW = new Date("2026-06-15T09:30:00Z");
