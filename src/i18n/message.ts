import { catalogs, t, type MessageKey, type MessageParams } from "./catalog.js";
import type { Lang } from "./lang.js";

/**
 * A sentence not yet put into words: a catalogue key and its parameters. Code that does not
 * know the reader's language (the engine, the WeChat client, the loader) returns or throws
 * these; the edge that prints renders them in the language the operator chose.
 *
 * A text parameter may itself be a Message (or a list of them): `say` puts it into words in the
 * same language first, so a sentence can be built from parts ("call failed: MEANING. Next: NEXT")
 * that are each said once in the catalogue.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: readonly unknown[];
}

/** A text parameter, or a sentence to be put into words in the reader's language. */
type Nestable<T> = T extends string
  ? T | Message
  : T extends readonly string[]
    ? readonly (string | Message)[]
    : T;

/** A catalogue entry's parameters, where every text may be given as a Message. */
export type MessageArgs<K extends MessageKey> =
  MessageParams<K> extends [infer P] ? [{ [F in keyof P]: Nestable<P[F]> }] : MessageParams<K>;

export function msg<K extends MessageKey>(key: K, ...params: MessageArgs<K>): Message {
  return { key, params };
}

/** The message in `lang`. */
export function say(lang: Lang, message: Message): string {
  const params = message.params.map((param) => resolveNested(lang, param));
  return (t as (lang: Lang, key: MessageKey, ...params: readonly unknown[]) => string)(
    lang,
    message.key,
    ...params,
  );
}

/** True for a Message (also one that crossed a worker thread as a plain object). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Message).key === "string" &&
    Array.isArray((value as Message).params) &&
    Object.hasOwn(catalogs.en, (value as Message).key)
  );
}

/** A parameter object with its Message fields (and lists of them) put into words. */
function resolveNested(lang: Lang, param: unknown): unknown {
  if (typeof param !== "object" || param === null || Array.isArray(param)) return param;
  let resolved: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(param)) {
    const words = isMessage(value)
      ? say(lang, value)
      : Array.isArray(value) && value.some(isMessage)
        ? value.map((item: unknown) => (isMessage(item) ? say(lang, item) : item))
        : value;
    if (words !== value) (resolved ??= { ...(param as Record<string, unknown>) })[name] = words;
  }
  return resolved ?? param;
}
