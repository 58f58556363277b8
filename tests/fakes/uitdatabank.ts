// UiTdatabank's Entry API on loopback for the tests: a token endpoint (client credentials, checked)
// and POST /events that keeps each body it received and answers 201 with a new id, or fails the way
// the real service can (a 500) when told to. The portal reaches it with its real fetch client.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { UitdatabankConfig } from "@/lib/env";

export type FakeUitdatabank = {
  config: UitdatabankConfig;
  /** The events created, in order, as UiTdatabank received them (with the id it gave). */
  created: { id: string; body: Record<string, unknown> }[];
  /** "down": every POST /events answers 500. */
  mode: "normal" | "down";
  close: () => Promise<void>;
};

const TOKEN = "fake-uitdatabank-token";

async function read(req: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

export async function startFakeUitdatabank(): Promise<FakeUitdatabank> {
  const state = { created: [] as FakeUitdatabank["created"], mode: "normal" as FakeUitdatabank["mode"] };
  const client = { id: "wingene-portal", secret: "fake-uit-secret" };
  const server = http.createServer(async (req, res) => {
    const json = (status: number, body: object) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const body = await read(req);
    if (req.method === "POST" && req.url === "/oauth/token") {
      const form = new URLSearchParams(body);
      const ok =
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === client.id &&
        form.get("client_secret") === client.secret;
      return ok
        ? json(200, { access_token: TOKEN, token_type: "Bearer", expires_in: 3600 })
        : json(401, { error: "invalid_client" });
    }
    if (req.method === "POST" && req.url === "/events") {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(401, { title: "Unauthorized" });
      if (state.mode === "down") return json(500, { title: "Internal Server Error" });
      const id = randomUUID();
      state.created.push({ id, body: JSON.parse(body) as Record<string, unknown> });
      return json(201, { id, url: `http://${req.headers.host}/events/${id}`, commandId: randomUUID() });
    }
    json(404, { title: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    config: {
      entryUrl: base,
      tokenUrl: `${base}/oauth/token`,
      clientId: client.id,
      clientSecret: client.secret,
      placeId: "wingene-openbaar-domein",
      publicBase: "https://www.uitinvlaanderen.be/agenda/e/evenement",
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
