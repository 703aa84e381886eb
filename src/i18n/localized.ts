import type { Lang } from "./lang.js";

/**
 * A text already put into words in every language, for a message that quotes other messages
 * (apply's refusal quotes the guard's reasons). The catalogue function takes it as a parameter
 * and picks its own language, so catalogues never import the message machinery (no cycle).
 */
export type Localized = Readonly<Record<Lang, string>>;
