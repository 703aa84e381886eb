/** A 1-based position in the file. */
export interface SourcePos {
  line: number;
  column: number;
}

export type NodePath = readonly (string | number)[];

/**
 * The file as YAML reads it (plain JS values for ajv and the rules), plus a way back from a
 * path in that data to the line and column it came from. Two readers produce it: the fast
 * line scanner for the common layout and the full `yaml` parser for everything else.
 */
export interface RawDocument {
  data: unknown;
  /**
   * Where the node at `path` is (its key instead with `key`); the nearest existing ancestor
   * when the path does not exist (a missing key is reported at its map).
   */
  locate(path: NodePath, key?: boolean): SourcePos;
  /** The source text of the node at `path` (a scalar as written), for messages. */
  sourceText(path: NodePath): string | undefined;
  /**
   * Optional shortcut: the lines and columns of a top-level sequence's items, all at once
   * (same values as locate([key, i])). The fast scanner has them as arrays already.
   */
  itemPositions?(key: string): { lines: ArrayLike<number>; columns: ArrayLike<number> } | undefined;
}
