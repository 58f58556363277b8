// The portal's own server in front of route code: the client address every rate limiter counts by
// comes from the socket (clients on 127.0.0.2 and 127.0.0.3 are counted apart), a forged
// X-Forwarded-For changes nothing, and only a configured proxy's forwarded address is believed.
// Behind the server runs the real limiter on PostgreSQL, reading the address through lib's one reader.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hit } from "@/lib/rate-limit";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { parseTrustedProxies } from "@/server/client-address";
import { createPortalServer } from "@/server/portal-server";

const run = randomUUID();
let server: http.Server;
let port: number;

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

function get(
  localAddress: string,
  headers: Record<string, string> = {},
  path = "/",
  method = "GET",
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, localAddress, headers, method },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: response.headers,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

beforeAll(async () => {
  server = createPortalServer({
    trustedProxies: parseTrustedProxies("127.0.0.4"),
    production: true,
    formActionOrigins: [],
    // Route code as the app has it: the address from lib's reader, counted by the shared limiter.
    async handle(req, res) {
      if (req.url === "/pagina") {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.write("<!DOCTYPE html><html><body><script>document.title='ok'</script>");
        res.end("</body></html>");
        return;
      }
      const address = clientAddress(new Headers(req.headers as Record<string, string>));
      const allowed = await hit(db, `portal-server:${run}:${address}`, { max: 2, windowSeconds: 60 });
      res.statusCode = allowed ? 200 : 429;
      res.end(address);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the portal's server and the client address", () => {
  it("counts clients on 127.0.0.2 and 127.0.0.3 apart", async () => {
    const first = [await get("127.0.0.2"), await get("127.0.0.2"), await get("127.0.0.2")];
    expect(first.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(first[0].body).toBe("127.0.0.2");
    const other = await get("127.0.0.3");
    expect(other).toMatchObject({ status: 200, body: "127.0.0.3" });
  });

  it("ignores a forged X-Forwarded-For and a forged internal header from a client that is not a proxy", async () => {
    const forged = await get("127.0.0.2", {
      "x-forwarded-for": "198.51.100.99",
      "x-wingene-client-address": "198.51.100.98",
    });
    expect(forged).toMatchObject({ status: 429, body: "127.0.0.2" });
  });

  it("believes the forwarded address from a trusted proxy", async () => {
    const viaProxy = await get("127.0.0.4", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(viaProxy).toMatchObject({ status: 200, body: "198.51.100.7" });
    const proxyItself = await get("127.0.0.4");
    expect(proxyItself.body).toBe("127.0.0.4");
  });

  it("sends an HTML page with a CSP that allows exactly its inline script", async () => {
    const page = await get("127.0.0.3", {}, "/pagina");
    const scriptSrc = String(page.headers["content-security-policy"])
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    // sha256 of "document.title='ok'"
    expect(scriptSrc).toBe("script-src 'self' 'sha256-HA9E0QOgore9UcbWBvmDSbYFWNCGK9T5Yv3TCCdDGyc='");
    expect(page.body).toContain("<script>document.title='ok'</script>");
  });

  it("refuses a post from another site with 403 before the app sees it, and lets same-site and origin-less posts through", async () => {
    const host = `127.0.0.1:${port}`;
    const crossSite = await get(
      "127.0.0.3",
      { host, origin: "https://evil.example", "next-action": "x" },
      "/",
      "POST",
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toContain("niet van deze website");
    const nullOrigin = await get("127.0.0.3", { host, origin: "null" }, "/", "POST");
    expect(nullOrigin.status).toBe(403);
    // The handler answers with the client address: these reached it.
    const sameSite = await get("127.0.0.5", { host, origin: `http://${host}` }, "/", "POST");
    expect(sameSite).toMatchObject({ status: 200, body: "127.0.0.5" });
    const serverToServer = await get("127.0.0.6", { host }, "/", "POST");
    expect(serverToServer).toMatchObject({ status: 200, body: "127.0.0.6" });
  });

  it("refuses an address with an encoded NUL or other control character with 400, and passes line breaks in a search", async () => {
    for (const path of ["/api/bestanden/%00", "/bestelling/a%1fb/tickets.pdf", "/melding/x?t=%00"]) {
      const answer = await get("127.0.0.7", {}, path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).toContain("teken dat we niet kennen");
    }
    expect(await get("127.0.0.8", {}, "/zoek?q=een%0Atwee%09drie")).toMatchObject({
      status: 200,
      body: "127.0.0.8",
    });
  });
});
