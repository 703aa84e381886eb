/**
 * Splits the Action's `args` input into words as a shell would for simple cases: whitespace
 * (spaces, tabs, line feeds) separates words, `'…'` keeps everything literally, `"…"` keeps
 * everything but `\"` and `\\`. No variables, globs or substitutions: the text never reaches
 * a shell. An unclosed quote is an error (the message says where).
 */
export function splitArgs(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const end = closingQuote(text, i);
      if (end < 0) throw new SyntaxError(`the quote at character ${i + 1} is not closed`);
      const inner = text.slice(i + 1, end);
      word = (word ?? "") + (c === '"' ? inner.replace(/\\(["\\])/g, "$1") : inner);
      i = end;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
