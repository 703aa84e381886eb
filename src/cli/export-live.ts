import { renderExport } from "../desired/render-export.js";
import type { Lang } from "../i18n/lang.js";
import { msg } from "../i18n/message.js";
import { credentialsFromEnv } from "../wechat/credentials.js";
import { readLive } from "../wechat/read-live.js";
import { t } from "../i18n/catalog.js";
import type { Io } from "./io.js";
import { openClient, warnTo } from "./read-desired-and-live.js";
import { startProgress } from "./progress.js";

export interface ExportedLive {
  /** The desired-state file whose plan against the live list is empty. */
  text: string;
  /** Blocked openids read. */
  count: number;
  /** Page reads it took. */
  pages: number;
}

/**
 * The live blacklist as a desired-state file: what `wxbl export` prints and what `wxbl init`
 * writes when credentials are set. 1. credentials (exit 3 when missing), 2. read the live list
 * with progress on stderr, 3. render it.
 */
export async function exportLive(
  io: Io,
  options: { quiet: boolean; verbose: boolean; lang: Lang },
): Promise<ExportedLive> {
  const warn = warnTo(options, io);
  // 1. credentials
  const credentials = credentialsFromEnv(io.env);
  if (credentials.kind === "token") warn(msg("cmd.export.tokenOnly"));
  const client = openClient({ credentials }, options, io);
  // 2. read the live list
  const progress = startProgress(io, t(options.lang, "progress.readingLive"), options);
  let live;
  try {
    live = await readLive(client, {
      warn,
      onPage: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
    await client.close();
  }
  // 3. render
  const text = renderExport({
    openids: live.openids,
    appid: client.appid,
    now: io.now?.() ?? new Date(),
  });
  return { text, count: live.openids.length, pages: live.pages };
}
