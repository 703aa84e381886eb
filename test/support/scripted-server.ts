import { createServer, type Server } from "node:http";
import { listenOnLoopback } from "./loopback.js";

/** One request as the scripted server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/** What the script answers: JSON (HTTP 200 unless given), raw text, or a dropped connection. */
export type ScriptedAnswer =
  { json: unknown; status?: number } | { text: string; status: number } | "drop";

export interface ScriptedServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A tiny loopback HTTP server answering from a script and recording every request in order,
 * so tests assert the exact sequence of calls the client made.
 */
export async function startScriptedServer(
  script: (request: SeenRequest, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>,
): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        // keep the raw text
      }
      const seen: SeenRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
      };
      requests.push(seen);
      void Promise.resolve(script(seen, requests.length - 1)).then((answer) => {
        if (answer === "drop") {
          req.socket.destroy();
        } else if ("json" in answer) {
          res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
          res.end(JSON.stringify(answer.json));
        } else {
          res.writeHead(answer.status, { "content-type": "text/html" });
          res.end(answer.text);
        }
      });
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, requests, close };
}

/** The AppID and AppSecret a scripted WeChat is called with, and its plain success answer. */
export const SCRIPTED_APPID = "wx00000000000000aa";
export const SCRIPTED_SECRET = "secret-0123456789abcdef";
export const OK_ANSWER = { json: { errcode: 0, errmsg: "ok" } };
