/**
 * Markdown for GitHub (pull-request comments, step summaries): the one place that makes outside
 * text inert and keeps a rendering under GitHub's size limit, whatever the language.
 */

/**
 * GitHub rejects comments over 65,536 characters. Each markdown output (the plan, the file
 * diff) stays under this, so that one of them plus a footer always fits in a comment.
 */
export const MARKDOWN_LIMIT = 60_000;

/** GitHub rejects comment and issue bodies over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/**
 * What a whole comment or issue body may hold: GitHub's limit less room for the hidden marker
 * line the Action puts first to find its comment or issue again.
 */
export const BODY_LIMIT = GITHUB_BODY_LIMIT - 1_000;

/** `text` cut to fit a comment or issue body (BODY_LIMIT), ending with `note` when cut. */
export function fitBody(text: string, note: string): string {
  return text.length <= BODY_LIMIT
    ? text
    : `${text.slice(0, BODY_LIMIT - note.length - 2)}\n\n${note}`;
}

/**
 * Text from outside (reasons, file names) as inert markdown on one line: no formatting, no
 * HTML, no table breaks, no @mentions that would notify people from a bot comment.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*_[\]|~]/g, "\\$&")
      .replace(/@/g, "@&#8203;")
  );
}

/** Text as a code span on one line: a backtick would end it early, a line break or a pipe would break a table. */
export function codeSpan(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `\`${text.replace(/[`|\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?")}\``;
}

/**
 * Lines of text (a log) in a fenced code block that nothing inside can close: the fence is
 * longer than any run of backticks in the text.
 */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

/**
 * As many of `items` as fit in `budget` characters, each rendered by `row` (with its own line
 * ending), then `cut(rest)` for the ones left out. Room for the longest cut note is kept from
 * the start, so the result is never longer than `budget` in any language; the loop stops at the
 * first row that does not fit, so a million items cost no more than the rows shown.
 */
export function fitRows<T>(
  items: readonly T[],
  row: (item: T) => string,
  cut: (rest: number) => string,
  budget: number,
): { text: string; shown: number } {
  let room = budget - cut(items.length).length;
  const rows: string[] = [];
  for (const item of items) {
    const text = row(item);
    if (text.length > room) break;
    rows.push(text);
    room -= text.length;
  }
  const rest = items.length - rows.length;
  return { text: rows.join("") + (rest > 0 ? cut(rest) : ""), shown: rows.length };
}
