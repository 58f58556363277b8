// What the portal's own server does to every request before Next sees it, and to every response:
// 1. the client address: the socket's peer (or, behind our own proxies, the forwarded client) is
//    written to CLIENT_ADDRESS_HEADER after any copy the client sent is deleted; forwarding headers
//    from a peer that is not a trusted proxy are dropped, so nothing downstream can be fooled by them;
// 2. the security headers, with a CSP whose script hashes match the inline scripts of each HTML page.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/client-address";
import { securityHeaders } from "@/lib/security-headers";
import { clientAddressOf, type TrustedProxies } from "./client-address";
import { holdHtmlForCsp } from "./html-response";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type PortalServerOptions = {
  handle: RequestHandler;
  trustedProxies: TrustedProxies;
  production: boolean;
  formActionOrigins: readonly string[];
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

export function createPortalServer(options: PortalServerOptions): http.Server {
  const { handle, trustedProxies, production, formActionOrigins } = options;
  const fixedHeaders = securityHeaders({ production, formActionOrigins });
  return http.createServer((req, res) => {
    prepareRequest(req, trustedProxies);
    for (const { key, value } of fixedHeaders) res.setHeader(key, value);
    holdHtmlForCsp(
      req,
      res,
      (scriptHashes) => securityHeaders({ production, formActionOrigins, scriptHashes })[0].value,
    );
    Promise.resolve(handle(req, res)).catch((error) => {
      console.error("[server] verzoek mislukt", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}
