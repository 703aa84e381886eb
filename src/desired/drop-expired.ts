import { editDesired } from "./edit-desired.js";
import { loadDesired, type LoadResult } from "./load-desired.js";
import type { DesiredState } from "./desired-state.js";
import { isExpired, utcToday } from "./utc-date.js";

export interface DropResult {
  /** The text without the expired entries (the same text when there are none). */
  text: string;
  /** The entries dropped, in file order. */
  dropped: { openid: string; expires: string }[];
}

/**
 * `wxbl fmt --drop-expired` (SPEC 10): removes the entries that have expired (from 00:00 UTC on
 * their date, SPEC 1), each with its own comment lines, by the same in-place edit as `unblock`.
 * `text` is a valid file without its BOM; a text that does not load is returned as it is.
 */
export async function dropExpired(path: string, text: string, now: Date): Promise<DropResult> {
  const loaded = await loadDesired(path, { text, now });
  if (loaded.state === undefined) return { text, dropped: [] };
  const today = utcToday(now);
  const dropped: DropResult["dropped"] = [];
  const edits = loaded.state.users.flatMap((user, index) => {
    if (user.expires === undefined || !isExpired(user.expires, today)) return [];
    dropped.push({ openid: user.openid, expires: user.expires });
    return [{ kind: "remove" as const, index }];
  });
  if (edits.length === 0) return { text, dropped };
  const valid = loaded as LoadResult & { state: DesiredState };
  const result = await editDesired({ path, text, loaded: valid, edits, now });
  return { text: result.text, dropped };
}
