// The load balancer in front of several instances, as small as it can be: each request goes to the
// next instance in turn. It connects from 127.0.0.4, the e2e run's trusted proxy (TRUSTED_PROXIES),
// and names the client in X-Forwarded-For, so per-address limits still count the real client.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = {
  origin: string;
  /** How many requests each instance got, in the order the instances were given. */
  served: number[];
  close: () => Promise<void>;
};

export async function startRoundRobinProxy(instances: string[]): Promise<RoundRobinProxy> {
  const targets = instances.map((origin) => new URL(origin));
  const served = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    served[index]++;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: targets[index].port,
        localAddress: "127.0.0.4",
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": request.socket.remoteAddress ?? "" },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      response.writeHead(502).end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
