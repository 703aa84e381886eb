import { createServer, request as httpRequest, type Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index.js";
import { createWechatClient } from "../../../src/wechat/wechat-client.js";
import { listenOnLoopback } from "../../support/loopback.js";

/** A loopback forward proxy (CONNECT tunnels and absolute-URL requests) that records its targets. */
async function startProxy() {
  const targets: string[] = [];
  const server: Server = createServer((req, res) => {
    targets.push(`forward ${new URL(req.url ?? "").host}`);
    const upstream = httpRequest(
      req.url ?? "",
      { method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  server.on("connect", (req, socket, head) => {
    targets.push(`connect ${req.url}`);
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host, () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, targets, close };
}

let sandbox: Sandbox | undefined;
let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
afterEach(async () => {
  await sandbox?.close();
  await proxy?.close();
  sandbox = proxy = undefined;
});

describe("proxy variables", () => {
  it.each([
    ["HTTP_PROXY routes the calls through the proxy", { HTTP_PROXY: "" }, true],
    ["lower-case http_proxy works too", { http_proxy: "" }, true],
    ["NO_PROXY naming the host bypasses it", { HTTP_PROXY: "", NO_PROXY: "127.0.0.1" }, false],
    ["no proxy variable: direct", {}, false],
  ])("%s", async (_name, template, proxied) => {
    sandbox = await startSandbox({ followers: 3, blocked: 2, seed: 1 });
    proxy = await startProxy();
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(template)) env[key] = value || proxy.url;
    const client = createWechatClient({
      baseUrl: sandbox.url,
      credentials: { kind: "appsecret", appid: sandbox.appid, secret: sandbox.secret },
      env,
    });
    try {
      const page = await client.getBlacklistPage("");
      expect(page.data?.openid).toEqual(sandbox.state().blacklist);
    } finally {
      await client.close();
    }
    expect(proxy.targets.length > 0).toBe(proxied);
  });
});
