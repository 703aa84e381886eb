import type { Sandbox } from "../../src/sandbox/index.js";

/** Plain fetch helpers for the sandbox tests: deliberately not the project's WeChat client. */
export const PATH = {
  token: "/cgi-bin/token",
  stableToken: "/cgi-bin/stable_token",
  getBlacklist: "/cgi-bin/tags/members/getblacklist",
  block: "/cgi-bin/tags/members/batchblacklist",
  unblock: "/cgi-bin/tags/members/batchunblacklist",
} as const;

export type Json = Record<string, unknown>;

export async function post(
  sandbox: Sandbox,
  path: string,
  body: unknown,
  query: Record<string, string> = {},
): Promise<{ http: number; json: Json }> {
  const url = new URL(path, sandbox.url);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { http: response.status, json: (await response.json()) as Json };
}

export async function get(
  sandbox: Sandbox,
  path: string,
  query: Record<string, string> = {},
): Promise<{ http: number; json: Json }> {
  const url = new URL(path, sandbox.url);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url);
  return { http: response.status, json: (await response.json()) as Json };
}

export async function stableToken(sandbox: Sandbox, forceRefresh = false): Promise<string> {
  const { json } = await post(sandbox, PATH.stableToken, {
    grant_type: "client_credential",
    appid: sandbox.appid,
    secret: sandbox.secret,
    force_refresh: forceRefresh,
  });
  if (typeof json.access_token !== "string") throw new Error(`no token: ${JSON.stringify(json)}`);
  return json.access_token;
}

/** A blacklist call with a token. */
export async function call(
  sandbox: Sandbox,
  token: string,
  path: string,
  body: unknown,
): Promise<{ http: number; json: Json }> {
  return post(sandbox, path, body, { access_token: token });
}

/**
 * A reference pager written from SPEC 5 for these tests (not the client's): exclusive cursor,
 * stops on missing data, count 0, empty next_openid or a repeated cursor.
 */
export async function pageAll(
  sandbox: Sandbox,
  token: string,
): Promise<{ ids: string[]; reads: number; pages: Json[] }> {
  const ids: string[] = [];
  const pages: Json[] = [];
  let cursor = "";
  for (;;) {
    const { json } = await call(sandbox, token, PATH.getBlacklist, { begin_openid: cursor });
    pages.push(json);
    if (json.errcode) throw new Error(`getblacklist failed: ${JSON.stringify(json)}`);
    const data = json.data as { openid?: string[] } | undefined;
    if (!data?.openid?.length || json.count === 0) break;
    ids.push(...data.openid);
    const next = json.next_openid as string;
    if (next === "" || next === cursor) break;
    cursor = next;
  }
  return { ids, reads: pages.length, pages };
}
