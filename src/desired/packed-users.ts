import { Buffer } from "node:buffer";
import type { DesiredEntry, DesiredState } from "./desired-state.js";
import { isWellFormed } from "../util/is-well-formed.js";

/**
 * The users of a desired state in a shape that crosses threads for free and is read without
 * making a million objects: the UTF-8 bytes of every openid and of every reason, one after
 * another, with where each ends kept out of band in typed arrays; all of it transferred, not
 * copied. (Structured-cloning 1M entries cost more than loading them, measured at ~2.4 s; and
 * on these machines every megabyte a process touches for the first time costs ~4 ms.)
 *
 * No byte is a separator, so a reason may hold anything YAML can say (an escaped NUL, a line
 * feed) and still lands on its own user.
 */
export interface PackedUsers {
  count: number;
  /** Every openid's UTF-8 bytes, one after another. */
  openids: Uint8Array;
  /** Where the i-th openid ends in `openids` (it starts where the previous one ends). */
  openidEnds: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
  /** The reasons' UTF-8 bytes, of the users that have one, one after another. */
  reasons: Uint8Array;
  /** Where the i-th user's reason ends in `reasons` (it starts where the previous user's ends). */
  reasonEnds: Int32Array;
  /** 1 when the i-th user has a reason (an empty one too), 0 when it has none. */
  hasReason: Uint8Array;
  /** `[user index, date]` for the few users with an expiry, by index. */
  expires: [number, string][];
  /**
   * `[user index, user]` for users whose openid or reason is not well-formed UTF-16 (a lone
   * surrogate, which only an escape in the file can make, and UTF-8 cannot carry), by index:
   * they travel as they are, and their slots in the bytes are empty.
   */
  verbatim: [number, DesiredEntry][];
}

/** UTF-8 takes at most 3 bytes for each UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;

export function packUsers(users: readonly DesiredEntry[]): PackedUsers {
  const count = users.length;
  let openidUnits = 0;
  let reasonUnits = 0;
  for (let i = 0; i < count; i++) {
    const user = users[i] as DesiredEntry;
    openidUnits += user.openid.length;
    if (user.reason !== undefined) reasonUnits += user.reason.length;
  }
  // Room for the worst case; pages never written are never touched.
  const openids = Buffer.from(new ArrayBuffer(openidUnits * MAX_UTF8_PER_UNIT));
  const reasons = Buffer.from(new ArrayBuffer(reasonUnits * MAX_UTF8_PER_UNIT));
  const openidEnds = new Int32Array(count);
  const lines = new Int32Array(count);
  const columns = new Int32Array(count);
  const reasonEnds = new Int32Array(count);
  const hasReason = new Uint8Array(count);
  const expires: [number, string][] = [];
  const verbatim: [number, DesiredEntry][] = [];
  let openidEnd = 0;
  let reasonEnd = 0;
  for (let i = 0; i < count; i++) {
    const user = users[i] as DesiredEntry;
    const openidBytes = writeUtf8(openids, user.openid, openidEnd);
    const reasonBytes = user.reason === undefined ? 0 : writeUtf8(reasons, user.reason, reasonEnd);
    if (openidBytes < 0 || reasonBytes < 0) {
      verbatim.push([i, user]); // what was written is left behind the ends, unread
      openidEnds[i] = openidEnd;
      reasonEnds[i] = reasonEnd;
      continue;
    }
    openidEnd += openidBytes;
    openidEnds[i] = openidEnd;
    lines[i] = user.line;
    columns[i] = user.column;
    if (user.reason !== undefined) {
      reasonEnd += reasonBytes;
      hasReason[i] = 1;
    }
    reasonEnds[i] = reasonEnd;
    if (user.expires !== undefined) expires.push([i, user.expires]);
  }
  return {
    count,
    openids: new Uint8Array(openids.buffer, 0, openidEnd),
    openidEnds,
    lines,
    columns,
    reasons: new Uint8Array(reasons.buffer, 0, reasonEnd),
    reasonEnds,
    hasReason,
    expires,
    verbatim,
  };
}

/**
 * Writes `text` as UTF-8 at `at`; returns the bytes written, or -1 when `text` is not
 * well-formed UTF-16 (a lone surrogate). ASCII (every openid, most reasons) is copied unit by
 * unit here: a call into Buffer#write per string costs more than the copy.
 */
function writeUtf8(bytes: Buffer, text: string, at: number): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      bytes[at + i] = unit;
      continue;
    }
    return isWellFormed(text) ? bytes.write(text, at, "utf8") : -1;
  }
  return text.length;
}

/** User `i` of `packed`, as the loader made it. */
export function userAt(packed: PackedUsers, i: number): DesiredEntry {
  const verbatim = byIndex(packed.verbatim, i);
  if (verbatim !== undefined) return { ...verbatim };
  const { openidEnds, reasonEnds } = packed;
  const openid = bytesOf(packed.openids).toString(
    "utf8",
    i === 0 ? 0 : (openidEnds[i - 1] as number),
    openidEnds[i] as number,
  );
  const line = packed.lines[i] as number;
  const column = packed.columns[i] as number;
  if (packed.hasReason[i] === 0) return withExpiry({ openid, line, column }, packed, i);
  const reason = bytesOf(packed.reasons).toString(
    "utf8",
    i === 0 ? 0 : (reasonEnds[i - 1] as number),
    reasonEnds[i] as number,
  );
  return withExpiry({ openid, reason, line, column }, packed, i);
}

function bytesOf(array: Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function withExpiry(user: DesiredEntry, packed: PackedUsers, i: number): DesiredEntry {
  const expiry = byIndex(packed.expires, i);
  if (expiry !== undefined) user.expires = expiry;
  return user;
}

/** The value for `index` in pairs sorted by index (a binary search). */
function byIndex<T>(pairs: readonly [number, T][], index: number): T | undefined {
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [at, value] = pairs[middle] as [number, T];
    if (at === index) return value;
    if (at < index) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Every user of `packed`, in file order. */
export function unpackUsers(packed: PackedUsers): DesiredEntry[] {
  const { count, openidEnds, lines, columns, reasonEnds, hasReason } = packed;
  const openidBytes = bytesOf(packed.openids);
  const reasonBytes = bytesOf(packed.reasons);
  const users = new Array<DesiredEntry>(count);
  let openidStart = 0;
  let reasonStart = 0;
  for (let i = 0; i < count; i++) {
    const openidEnd = openidEnds[i] as number;
    const openid = openidBytes.toString("utf8", openidStart, openidEnd);
    openidStart = openidEnd;
    const reasonEnd = reasonEnds[i] as number;
    if (hasReason[i] === 0) {
      users[i] = { openid, line: lines[i] as number, column: columns[i] as number };
    } else {
      const reason = reasonBytes.toString("utf8", reasonStart, reasonEnd);
      users[i] = { openid, reason, line: lines[i] as number, column: columns[i] as number };
    }
    reasonStart = reasonEnd;
  }
  for (const [index, date] of packed.expires) (users[index] as DesiredEntry).expires = date;
  for (const [index, user] of packed.verbatim) users[index] = { ...user };
  return users;
}

/** The typed arrays of `packed`, to transfer (not copy) to another thread. */
export function packedBuffers(packed: PackedUsers): ArrayBuffer[] {
  const arrays = [packed.openids, packed.openidEnds, packed.lines, packed.columns];
  arrays.push(packed.reasons, packed.reasonEnds, packed.hasReason);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

const PACKED = new WeakMap<object, PackedUsers>();

/**
 * The state with its users still packed: `users` is made (once) when something reads it. The
 * plan's work at a million entries (the diff, the guards, the notes) reads the packed form
 * instead (`packedUsersOf`), so a plan never makes a million entry objects it does not need.
 */
export function withPackedUsers(
  state: Omit<DesiredState, "users">,
  packed: PackedUsers,
): DesiredState {
  let users: DesiredEntry[] | undefined;
  const lazy = Object.defineProperty({ ...state }, "users", {
    enumerable: true,
    configurable: true,
    get: () => (users ??= unpackUsers(packed)),
    set: (value: DesiredEntry[]) => {
      users = value;
      PACKED.delete(lazy);
    },
  }) as DesiredState;
  PACKED.set(lazy, packed);
  return lazy;
}

/** The packed users of a state made by `withPackedUsers`, if they still are its users. */
export function packedUsersOf(desired: Pick<DesiredState, "users">): PackedUsers | undefined {
  return PACKED.get(desired);
}

/** The number of users, without making them. */
export function userCount(desired: Pick<DesiredState, "users">): number {
  return packedUsersOf(desired)?.count ?? desired.users.length;
}

/** The users that have an expiry, in file order, without making the others. */
export function usersWithExpiry(desired: Pick<DesiredState, "users">): DesiredEntry[] {
  const packed = packedUsersOf(desired);
  if (packed === undefined) return desired.users.filter((user) => user.expires !== undefined);
  const indexes = packed.expires.map(([index]) => index);
  for (const [index, user] of packed.verbatim) if (user.expires !== undefined) indexes.push(index);
  return indexes.sort((a, b) => a - b).map((index) => userAt(packed, index));
}
