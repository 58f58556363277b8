// The client's IP address as every rate limiter sees it. The portal's own server (server/) records the
// socket's peer address in this header after deleting any copy a client sent, and believes
// X-Forwarded-For only from TRUSTED_PROXIES; route code reads it here and nowhere else. Behind a
// server that did not set it (a bare `next start`), all clients share "onbekend".
export const CLIENT_ADDRESS_HEADER = "x-wingene-client-address";

export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || "onbekend";
}
