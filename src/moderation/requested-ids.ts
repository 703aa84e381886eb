/** Where an openid given to block/unblock came from, for messages that name it. */
export type IdSource =
  { from: "argv"; position: number } | { from: "file"; file: string; line: number };

export interface RequestedId {
  openid: string;
  source: IdSource;
}

/** The openids named on the command line, in order (position 1 is the first). */
export function idsFromArgv(words: readonly string[]): RequestedId[] {
  return words.map((openid, index) => ({ openid, source: { from: "argv", position: index + 1 } }));
}

/**
 * The openids of a `--from` list (SPEC section 10): one per line; blank lines, `#` comment lines
 * and comments after an id (` # why`) are allowed; spaces, tabs and a CR around an id are
 * dropped. Anything else on a line stays part of the id, for the id check to refuse by line.
 */
export function idsFromList(text: string, file: string): RequestedId[] {
  const ids: RequestedId[] = [];
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n");
  lines.forEach((raw, index) => {
    const hash = raw.search(/(^|[ \t])#/);
    const openid = (hash < 0 ? raw : raw.slice(0, hash)).replace(/^[ \t\r]+|[ \t\r]+$/g, "");
    if (openid !== "") ids.push({ openid, source: { from: "file", file, line: index + 1 } });
  });
  return ids;
}
