// A population register on loopback speaking the portal's protocol (./household.ts): POST
// HOUSEHOLD_PATH with `{ nationalNumber }` and the bearer token. `answer` says what to send for a
// number (a status and a body, or "silent" to send nothing). The demo's practice register
// (./demo.ts) and the tests' fake (tests/fakes/population-register.ts) are this server.
import http from "node:http";
import type net from "node:net";
import { HOUSEHOLD_PATH } from "./household";

export type RegisterReply = { status: number; body: unknown } | "silent";

export type LoopbackRegister = { url: string; close: () => Promise<void> };

export async function startLoopbackRegister(options: {
  token: () => string;
  answer: (nationalNumber: string) => RegisterReply;
}): Promise<LoopbackRegister> {
  const sockets = new Set<net.Socket>();
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== HOUSEHOLD_PATH) return send(res, 404, { error: "path" });
    if (req.headers.authorization !== `Bearer ${options.token()}`) return send(res, 401, { error: "token" });
    let nationalNumber = "";
    try {
      nationalNumber = String(
        (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { nationalNumber?: unknown }).nationalNumber,
      );
    } catch {
      return send(res, 400, { error: "body" });
    }
    const reply = options.answer(nationalNumber);
    if (reply !== "silent") send(res, reply.status, reply.body);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
