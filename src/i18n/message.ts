import { t, type MessageKey, type MessageParams } from "./catalog.js";
import type { Lang } from "./lang.js";

/**
 * A sentence not yet put into words: a catalogue key and its parameters. Code that does not
 * know the reader's language (the engine, the WeChat client, the loader) returns or throws
 * these; the edge that prints renders them in the language the operator chose.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: readonly unknown[];
}

export function msg<K extends MessageKey>(key: K, ...params: MessageParams<K>): Message {
  return { key, params };
}

/** The message in `lang`. */
export function say(lang: Lang, message: Message): string {
  return (t as (lang: Lang, key: MessageKey, ...params: readonly unknown[]) => string)(
    lang,
    message.key,
    ...message.params,
  );
}
