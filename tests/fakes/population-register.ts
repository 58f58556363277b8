// A population register on loopback speaking the portal's protocol (lib/register/household.ts):
// POST /households/lookup with `{ nationalNumber }` and the bearer token; 200 with the household,
// 404 for an unknown number, 401 for a wrong token. `answer` switches it to failing the way real
// registers fail: a 503, an answer that is no household, or silence past the client's timeout.
import http from "node:http";
import type net from "node:net";
import { HOUSEHOLD_PATH } from "@/lib/register/household";

export type FakeRegisterMode = "normal" | "down" | "malformed" | "silent";

export type FakeRegister = {
  url: string;
  token: string;
  /** The households by national number; a value is served as it is (also a malformed one). */
  households: Map<string, unknown>;
  mode: FakeRegisterMode;
  /** The national numbers asked, in order. */
  asked: string[];
  close: () => Promise<void>;
};

export async function startFakeRegister(token = "test-register-token"): Promise<FakeRegister> {
  const sockets = new Set<net.Socket>();
  const fake: FakeRegister = {
    url: "",
    token,
    households: new Map(),
    mode: "normal",
    asked: [],
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== HOUSEHOLD_PATH) return send(res, 404, { error: "path" });
    if (req.headers.authorization !== `Bearer ${fake.token}`) return send(res, 401, { error: "token" });
    const { nationalNumber } = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
      nationalNumber?: string;
    };
    fake.asked.push(String(nationalNumber));
    if (fake.mode === "silent") return; // the client's timeout ends it
    if (fake.mode === "down") return send(res, 503, { error: "maintenance" });
    if (fake.mode === "malformed") return send(res, 200, { address: "somewhere", members: "many" });
    const household = fake.households.get(String(nationalNumber));
    if (household === undefined) return send(res, 404, { error: "unknown" });
    send(res, 200, household);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return fake;
}
