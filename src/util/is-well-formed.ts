/**
 * True when `text` is well-formed UTF-16 (no lone surrogate): what any decoded file is, and
 * what UTF-8 can carry. String#isWellFormed (Node 20+), typed here since the project's
 * TypeScript library predates it.
 */
export function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}
