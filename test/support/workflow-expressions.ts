import { data, Evaluator, Lexer, Parser } from "@actions/expressions";

/** Plain JSON-like values for the contexts of an expression (`secrets`, `matrix`, `inputs`, …). */
export type ContextValue = string | number | boolean | null | { [key: string]: ContextValue };

function toData(value: ContextValue): data.ExpressionData {
  if (value === null) return new data.Null();
  if (typeof value === "string") return new data.StringData(value);
  if (typeof value === "number") return new data.NumberData(value);
  if (typeof value === "boolean") return new data.BooleanData(value);
  return new data.Dictionary(
    ...Object.entries(value).map(([key, inner]) => ({ key, value: toData(inner) })),
  );
}

/**
 * A GitHub Actions expression (`secrets[format('WECHAT_{0}_APPSECRET', matrix.env)]`) evaluated
 * by GitHub's own expression library, against the contexts given, as a string (what an input
 * or a variable receives). An unset secret is the empty string, as on GitHub.
 */
export function evaluate(expression: string, contexts: Record<string, ContextValue>): string {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  return new Evaluator(parsed, toData(contexts) as data.Dictionary).evaluate().coerceString();
}

/** Every `${{ … }}` of a value of a workflow (a `with:` input, an `env:` variable) replaced. */
export function substitute(value: unknown, contexts: Record<string, ContextValue>): string {
  return String(value).replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) =>
    evaluate(expression, contexts),
  );
}

/** A step's `with:` and `env:` as the runner hands them to the Action: every value a string. */
export function stepAsRun(
  step: { with?: Record<string, unknown>; env?: Record<string, unknown> },
  contexts: Record<string, ContextValue>,
): { inputs: Record<string, string>; env: Record<string, string> } {
  const resolve = (map: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [k, substitute(v, contexts)]));
  return { inputs: resolve(step.with), env: resolve(step.env) };
}
