import type { DesiredEntry } from "./desired-state.js";

/**
 * The users of a desired state in a shape that crosses threads cheaply: a few long strings and
 * typed arrays instead of a million small objects (structured-cloning 1M entries cost more
 * than loading them, measured at ~2.4 s). Openids never contain "\n" and reasons never contain
 * NUL (both are rejected by the loader), so they can be joined with those.
 */
export interface PackedUsers {
  count: number;
  /** The openids joined by "\n". */
  openids: string;
  lines: Int32Array;
  columns: Int32Array;
  /** Index into `reasons` (after splitting on NUL) for each user, -1 when it has none. */
  reasonOf: Int32Array;
  reasons: string;
  /** `[user index, date]` for the few users with an expiry. */
  expires: [number, string][];
}

export function packUsers(users: readonly DesiredEntry[]): PackedUsers {
  const count = users.length;
  const openids = new Array<string>(count);
  const lines = new Int32Array(count);
  const columns = new Int32Array(count);
  const reasonOf = new Int32Array(count);
  const reasons: string[] = [];
  const expires: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    const user = users[i] as DesiredEntry;
    openids[i] = user.openid;
    lines[i] = user.line;
    columns[i] = user.column;
    if (user.reason === undefined) {
      reasonOf[i] = -1;
    } else {
      reasonOf[i] = reasons.length;
      reasons.push(user.reason);
    }
    if (user.expires !== undefined) expires.push([i, user.expires]);
  }
  return {
    count,
    openids: openids.join("\n"),
    lines,
    columns,
    reasonOf,
    reasons: reasons.join("\0"),
    expires,
  };
}

export function unpackUsers(packed: PackedUsers): DesiredEntry[] {
  const { count, lines, columns, reasonOf } = packed;
  if (count === 0) return [];
  const openids = packed.openids.split("\n");
  const reasons = packed.reasons.split("\0");
  const users = new Array<DesiredEntry>(count);
  for (let i = 0; i < count; i++) {
    const reason = reasonOf[i] as number;
    users[i] =
      reason < 0
        ? { openid: openids[i] as string, line: lines[i] as number, column: columns[i] as number }
        : {
            openid: openids[i] as string,
            reason: reasons[reason] as string,
            line: lines[i] as number,
            column: columns[i] as number,
          };
  }
  for (const [index, date] of packed.expires) (users[index] as DesiredEntry).expires = date;
  return users;
}
