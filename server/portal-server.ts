// What the portal's own server does to every request before Next sees it, and to every response:
// 1. the client address: the socket's peer (or, behind our own proxies, the forwarded client) is
//    written to CLIENT_ADDRESS_HEADER after any copy the client sent is deleted; forwarding headers
//    from a peer that is not a trusted proxy are dropped, so nothing downstream can be fooled by them;
// 2. the security headers, with a CSP whose script hashes match the inline scripts of each HTML page;
// 3. the status a page decided on after Next had sent its shell (403, 404, 307; lib/http/page-status.ts);
// 4. a post from another site (its Origin is not this host) is refused with 403 (cross-site.ts);
// 5. an address with an encoded control character (%00) is refused with 400 (control-in-url.ts);
// 6. in the demo, the payment sandbox's checkout page is served beside Next (payment-sandbox.ts).
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/client-address";
import { type PageStatusSlot, runWithPageStatusSlot } from "@/lib/http/page-status";
import { securityHeaders } from "@/lib/security-headers";
import { clientAddressOf, type TrustedProxies } from "./client-address";
import { CONTROL_IN_URL_MESSAGE, hasControlCharacter } from "./control-in-url";
import { CROSS_SITE_MESSAGE, isCrossSitePost } from "./cross-site";
import { holdHtmlForCsp } from "./html-response";
import { applyPageStatus } from "./page-status";
import { SANDBOX_PAY_PATH, type SandboxPayPage } from "./payment-sandbox";
import { logError } from "@/lib/log";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type PortalServerOptions = {
  handle: RequestHandler;
  trustedProxies: TrustedProxies;
  production: boolean;
  formActionOrigins: readonly string[];
  sandboxPayPage?: SandboxPayPage | null;
};

const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-real-ip",
  "forwarded",
];

export function prepareRequest(req: IncomingMessage, trustedProxies: TrustedProxies): string {
  const peer = req.socket.remoteAddress;
  const address = clientAddressOf(peer, req.headers["x-forwarded-for"], trustedProxies);
  if (!peer || !trustedProxies.has(peer)) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message);
}

export function createPortalServer(options: PortalServerOptions): http.Server {
  const { handle, trustedProxies, production, formActionOrigins, sandboxPayPage } = options;
  const fixedHeaders = securityHeaders({ production, formActionOrigins });
  return http.createServer((req, res) => {
    prepareRequest(req, trustedProxies);
    for (const { key, value } of fixedHeaders) res.setHeader(key, value);
    if (isCrossSitePost(req)) return refuse(res, 403, CROSS_SITE_MESSAGE);
    if (hasControlCharacter(req.url)) return refuse(res, 400, CONTROL_IN_URL_MESSAGE);
    if (sandboxPayPage && req.url?.startsWith(SANDBOX_PAY_PATH)) {
      void sandboxPayPage.serve(req, res).catch((error) => {
        logError("server", "oefenkassa mislukt", error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
      return;
    }
    const pageStatus: PageStatusSlot = {};
    holdHtmlForCsp(
      req,
      res,
      (scriptHashes) => securityHeaders({ production, formActionOrigins, scriptHashes })[0].value,
      () => applyPageStatus(req, res, pageStatus),
    );
    Promise.resolve(runWithPageStatusSlot(pageStatus, () => handle(req, res))).catch((error) => {
      logError("server", "verzoek mislukt", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}
