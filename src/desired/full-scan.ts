import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node } from "yaml";
import { msg, type Message } from "../i18n/message.js";
import type { NodePath, RawDocument, SourcePos } from "./raw-document.js";

/** A YAML problem at a position, before it becomes a Diagnostic. */
export interface SyntaxProblem {
  line: number;
  column: number;
  text: Message;
}

export type FullScanResult =
  { ok: true; document: RawDocument } | { ok: false; problems: SyntaxProblem[] };

/**
 * The general reader: `yaml`'s full parser (YAML 1.2, core schema), for any file the fast
 * scanner leaves alone. Slower and heavier, but it reads everything YAML allows and
 * explains what it does not.
 */
export function fullScan(text: string): FullScanResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const tabs = tabIndentation(text);
    if (tabs.length > 0) return { ok: false, problems: tabs };
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        ...at(error.pos[0]),
        text: explainYamlError(error.code, error.message),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ line: 1, column: 1, text: msg("desired.yamlUnreadable", { detail }) }],
    };
  }
  return {
    ok: true,
    document: {
      data,
      locate: (path, key) => {
        const { line, column } = locateNode(doc, text, path, key ?? false, at);
        return { line, column };
      },
      sourceText: (path) => locateNode(doc, text, path, false, at).text,
    },
  };
}

function locateNode(
  doc: Document,
  text: string,
  path: NodePath,
  key: boolean,
  at: (offset: number) => { line: number; column: number },
): SourcePos & { text?: string } {
  let node: unknown = doc.contents;
  let found: SourcePos & { text?: string } = { line: 1, column: 1 };
  const describe = (n: unknown): (SourcePos & { text?: string }) | undefined => {
    const range = (n as Node | null)?.range;
    return range ? { ...at(range[0]), text: text.slice(range[0], range[1]).trim() } : undefined;
  };
  found = describe(node) ?? found;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isPair(item) &&
          String(isScalar(item.key) ? item.key.value : item.key) === String(segment),
      );
      if (pair === undefined) return found;
      if (last && key) return describe(pair.key) ?? found;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return found;
    }
    found = describe(node) ?? found;
  }
  return found;
}

/** Lines whose indentation contains a tab: YAML indents with spaces only. */
function tabIndentation(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    const tab = indent.indexOf("\t");
    if (tab >= 0 && indent.length < line.length && problems.length < 20) {
      problems.push({
        line: index + 1,
        column: tab + 1,
        text: msg("desired.tabIndent"),
      });
    }
  });
  return problems;
}

/** `yaml`'s messages, made into sentences an operator can act on. */
function explainYamlError(code: string, message: string): Message {
  const detail = message.replace(/\s+at line \d+, column \d+.*$/s, "").trim();
  switch (code) {
    case "DUPLICATE_KEY":
      return msg("desired.duplicateKey", { detail });
    case "MULTIPLE_DOCS":
      return msg("desired.multipleDocs");
    default:
      return msg("desired.invalidYaml", { detail });
  }
}
