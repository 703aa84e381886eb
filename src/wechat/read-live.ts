import { RuntimeFailure } from "../errors.js";
import { msg, type Message } from "../i18n/message.js";
import { OpenidTable } from "../util/openid-table.js";
import type { BlacklistApi } from "./blacklist-api.js";

/** The live blacklist in WeChat's order, without repeats. */
export interface LiveList {
  openids: string[];
  /** The `total` WeChat reported (the last one given), or the count collected when it gave none. */
  total: number;
  /** getblacklist calls made (retries inside the client not counted). */
  pages: number;
}

export interface ReadLiveOptions {
  warn?: (message: Message) => void;
  onPage?: (collected: number, total: number) => void;
  /** Ctrl-C: no further page is requested; the read fails (nothing has been changed yet). */
  signal?: AbortSignal;
}

/**
 * Room past `total` before the page cap calls the paging a loop: ids blocked while we read
 * (10% plus 10 pages) must not turn into an error on a busy account at page size 1.
 */
const PAGE_CAP_SLACK_RATIO = 0.1;
const PAGE_CAP_SLACK_PAGES = 10;
/**
 * When WeChat sends no `total` the cap cannot be derived from it: allow far more pages than
 * any real list needs (a million pages is a billion ids at WeChat's smallest documented page).
 */
const PAGE_CAP_WITHOUT_TOTAL = 1_000_000;
/** A `total` past this does not size the list and table up front (they still grow as ids come). */
const MAX_PRESIZE = 5_000_000;

/**
 * Reads the whole live blacklist (SPEC section 5). Paging starts from `begin_openid: ""`; the
 * page size is whatever the server returns. The end is not reliably signalled, so it stops on
 * the first of: a missing or empty `data`, `count` 0, an empty `next_openid`, a `next_openid`
 * equal to the cursor just sent, a page that adds no new id. Every page that goes on adds at
 * least one new id, so the pages needed are at most `total` plus a terminal one; past a cap
 * derived from `total` it fails rather than return a truncated list.
 */
export async function readLive(
  api: Pick<BlacklistApi, "getBlacklistPage">,
  options: ReadLiveOptions = {},
): Promise<LiveList> {
  // The ids in first-seen order, each once (a Set of a million strings costs twice as much).
  // The list and the table of seen ids are sized from the first page's `total`, so a million
  // ids never regrow them (growing copies them again and again).
  let openids: string[] = [];
  let count = 0;
  const openidAt = (index: number) => openids[index] as string;
  let seen: OpenidTable | undefined;
  let total: number | undefined;
  let cursor = "";
  let pages = 0;
  for (;;) {
    if (options.signal?.aborted) {
      throw new RuntimeFailure(msg("wechat.live.interrupted", { pages }));
    }
    const page = await api.getBlacklistPage(cursor);
    pages += 1;
    if (typeof page.total === "number" && Number.isFinite(page.total)) total = page.total;
    const ids = Array.isArray(page.data?.openid) ? page.data.openid : [];
    if (seen === undefined) {
      const expected = Math.min(Math.max(total ?? 0, ids.length), MAX_PRESIZE);
      seen = new OpenidTable(openidAt, expected);
      openids = new Array<string>(expected);
    }
    let added = 0;
    for (const id of ids) {
      if (typeof id !== "string" || seen.firstIndex(id, count) >= 0) continue;
      openids[count++] = id;
      added += 1;
    }
    options.onPage?.(count, total ?? count);
    const next = typeof page.next_openid === "string" ? page.next_openid : "";
    if (ids.length === 0 || page.count === 0 || next === "" || next === cursor || added === 0) {
      break;
    }
    const cap =
      total === undefined
        ? PAGE_CAP_WITHOUT_TOTAL
        : Math.ceil(total * (1 + PAGE_CAP_SLACK_RATIO)) + PAGE_CAP_SLACK_PAGES;
    if (pages >= cap) {
      throw new RuntimeFailure(
        msg("wechat.live.endlessPaging", {
          pages,
          ids: count,
          ...(total === undefined ? {} : { total }),
        }),
      );
    }
    cursor = next;
  }
  openids.length = count;
  if (total !== undefined && count !== total) {
    options.warn?.(msg("wechat.live.totalDiffers", { ids: count, total }));
  }
  return { openids, total: total ?? count, pages };
}
