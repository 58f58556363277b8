// A page that decides after its shell was sent still answers with its real status: the handler
// below behaves like Next with Cache Components (status 200 and the shell first, the page's
// interrupt later, in the same request's async context) and calls the portal's own interrupts.
// The portal's server sends 404, 403 or 307 with Location for a GET, and leaves other answers alone.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forbidden, notFound, redirect } from "@/lib/http/page-interrupts";
import { createPortalServer } from "@/server/portal-server";

let server: http.Server;
let port: number;

type Answer = { status: number; body: string; location?: string };

function request(path: string, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          location: response.headers.location,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** What each path's page does once its shell is out: the interrupt it throws, or none. */
const pages: Record<string, () => void> = {
  "/onbekend": () => notFound(),
  "/verboden": () => forbidden(),
  "/mijn": () => redirect("/aanmelden?terug=%2Fmijn"),
  "/twee": () => {
    try {
      forbidden();
    } catch {
      // The layout's interrupt came first; the page's arrives after it.
    }
    notFound();
  },
  "/gewoon": () => {},
  "/eigen-status": () => forbidden(),
};

beforeAll(async () => {
  server = createPortalServer({
    trustedProxies: new Set(),
    production: true,
    formActionOrigins: [],
    async handle(req, res) {
      const path = req.url ?? "/";
      if (path === "/oud-adres") {
        // As Next 16.4 answers a prerendered redirect on a cache miss: Location twice.
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("location", ["/nieuw", "/nieuw"]);
        res.writeHead(308);
        res.end("<!DOCTYPE html><html><body>doorverwezen</body></html>");
        return;
      }
      // A status Next chose itself before the page ran (here: an error page).
      if (path === "/eigen-status") res.statusCode = 500;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write("<!DOCTYPE html><html><body><header>Wingene</header>");
      // The page renders later, as Next's resume of the shell does.
      await new Promise((resolve) => setTimeout(resolve, 5));
      let content = "<main>pagina</main>";
      try {
        pages[path]?.();
      } catch {
        content = "<main>Next toont de 404-, 403- of doorverwijspagina</main>";
      }
      res.end(`${content}</body></html>`);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a page's status after its shell was sent", () => {
  it("answers 404 when the page calls notFound(), with the whole document", async () => {
    const answer = await request("/onbekend");
    expect(answer.status).toBe(404);
    expect(answer.body).toContain("<header>Wingene</header>");
    expect(answer.body).toContain("Next toont de 404-, 403- of doorverwijspagina");
  });

  it("answers 403 when the page calls forbidden()", async () => {
    expect((await request("/verboden")).status).toBe(403);
  });

  it("answers 307 with the sign-in address when the page redirects", async () => {
    const answer = await request("/mijn");
    expect(answer).toMatchObject({ status: 307, location: "/aanmelden?terug=%2Fmijn" });
  });

  it("keeps the first interrupt when a layout and its page both interrupt", async () => {
    expect((await request("/twee")).status).toBe(403);
  });

  it("answers 200 for a page that renders normally", async () => {
    const answer = await request("/gewoon");
    expect(answer).toMatchObject({ status: 200, location: undefined });
    expect(answer.body).toContain("<main>pagina</main>");
  });

  it("leaves a POST alone: a server action's answer is Next's", async () => {
    expect((await request("/verboden", "POST")).status).toBe(200);
  });

  it("sends a redirect's Location once when Next gave it twice", async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: "127.0.0.1", port, path: "/oud-adres" }, resolve).on("error", reject),
    );
    answer.resume();
    expect(answer.statusCode).toBe(308);
    expect(answer.rawHeaders.filter((name) => name.toLowerCase() === "location")).toHaveLength(1);
    expect(answer.headers.location).toBe("/nieuw");
  });

  it("keeps a status other than 200 that Next chose itself", async () => {
    expect((await request("/eigen-status")).status).toBe(500);
  });
});
