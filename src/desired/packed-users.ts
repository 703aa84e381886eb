import type { DesiredEntry } from "./desired-state.js";

/**
 * The users of a desired state in a shape that crosses threads cheaply: a few long strings and
 * typed arrays instead of a million small objects (structured-cloning 1M entries cost more
 * than loading them, measured at ~2.4 s).
 *
 * The strings are concatenated with no separator: where each one ends is kept out of band, in
 * an Int32Array. No character is special, so a reason may hold anything YAML can say (an
 * escaped NUL, a line feed) and still lands on its own user.
 */
export interface PackedUsers {
  count: number;
  /** Every openid, one after another. */
  openids: string;
  /** Where the i-th openid ends in `openids` (it starts where the previous one ends). */
  openidEnds: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
  /** The reasons of the users that have one, one after another. */
  reasons: string;
  /** Where the i-th user's reason ends in `reasons` (it starts where the previous one ended); -1 when it has none. */
  reasonEnds: Int32Array;
  /** `[user index, date]` for the few users with an expiry. */
  expires: [number, string][];
}

export function packUsers(users: readonly DesiredEntry[]): PackedUsers {
  const count = users.length;
  const openids = new Array<string>(count);
  const openidEnds = new Int32Array(count);
  const lines = new Int32Array(count);
  const columns = new Int32Array(count);
  const reasonEnds = new Int32Array(count);
  const reasons: string[] = [];
  const expires: [number, string][] = [];
  let openidEnd = 0;
  let reasonEnd = 0;
  for (let i = 0; i < count; i++) {
    const user = users[i] as DesiredEntry;
    openids[i] = user.openid;
    openidEnd += user.openid.length;
    openidEnds[i] = openidEnd;
    lines[i] = user.line;
    columns[i] = user.column;
    if (user.reason === undefined) {
      reasonEnds[i] = -1;
    } else {
      reasons.push(user.reason);
      reasonEnd += user.reason.length;
      reasonEnds[i] = reasonEnd;
    }
    if (user.expires !== undefined) expires.push([i, user.expires]);
  }
  return {
    count,
    openids: openids.join(""),
    openidEnds,
    lines,
    columns,
    reasons: reasons.join(""),
    reasonEnds,
    expires,
  };
}

export function unpackUsers(packed: PackedUsers): DesiredEntry[] {
  const { count, openids, openidEnds, lines, columns, reasons, reasonEnds } = packed;
  const users = new Array<DesiredEntry>(count);
  let openidStart = 0;
  let reasonStart = 0;
  for (let i = 0; i < count; i++) {
    const openidEnd = openidEnds[i] as number;
    const openid = openids.slice(openidStart, openidEnd);
    openidStart = openidEnd;
    const reasonEnd = reasonEnds[i] as number;
    if (reasonEnd < 0) {
      users[i] = { openid, line: lines[i] as number, column: columns[i] as number };
    } else {
      const reason = reasons.slice(reasonStart, reasonEnd);
      reasonStart = reasonEnd;
      users[i] = { openid, reason, line: lines[i] as number, column: columns[i] as number };
    }
  }
  for (const [index, date] of packed.expires) (users[index] as DesiredEntry).expires = date;
  return users;
}

/** The typed arrays of `packed`, to transfer (not copy) to another thread. */
export function packedBuffers(packed: PackedUsers): ArrayBuffer[] {
  return [packed.openidEnds, packed.lines, packed.columns, packed.reasonEnds].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
