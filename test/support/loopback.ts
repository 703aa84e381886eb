import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Loopback {
  url: string;
  close: () => Promise<void>;
}

/**
 * Listens on a free 127.0.0.1 port and gives the server's base URL and a close that also
 * ends kept-alive connections (so a test's afterEach does not wait for them).
 */
export async function listenOnLoopback(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
