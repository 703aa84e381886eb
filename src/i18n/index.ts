export { LANGS, resolveLang, langFlagIn, type Lang } from "./lang.js";
export { t, catalogs, type Catalog, type MessageKey, type MessageParams } from "./catalog.js";
export { msg, say, type Message } from "./message.js";
