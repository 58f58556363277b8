// The client's IP address as the rate limiter sees it: the first x-forwarded-for hop set by our
// reverse proxy, else x-real-ip. Without either (direct local access) all clients share "onbekend".
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = headers.get("x-real-ip")?.trim();
  const address = forwarded || real || "onbekend";
  return address.slice(0, 64);
}
