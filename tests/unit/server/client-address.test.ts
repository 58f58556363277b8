// The client address behind the rate limits: the socket's peer, unless the peer is one of our own
// proxies; then X-Forwarded-For is walked from the right while the hops are trusted.
import { describe, expect, it } from "vitest";
import { clientAddressOf, parseTrustedProxies } from "@/server/client-address";

const none = parseTrustedProxies("");

describe("client address", () => {
  it("is the peer, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientAddressOf("127.0.0.2", "203.0.113.9", none)).toBe("127.0.0.2");
    expect(clientAddressOf("::ffff:127.0.0.3", undefined, none)).toBe("127.0.0.3");
  });

  it("takes the rightmost hop a trusted proxy added, not the left part a client may forge", () => {
    const trusted = parseTrustedProxies("10.0.0.5");
    expect(clientAddressOf("10.0.0.5", "6.6.6.6, 198.51.100.7", trusted)).toBe("198.51.100.7");
  });

  it("walks through a chain of trusted proxies and stops at the first untrusted hop", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, fd00::/8");
    expect(clientAddressOf("fd00::1", ["1.1.1.1, 198.51.100.7", "10.1.2.3"], trusted)).toBe("198.51.100.7");
    // Every hop a trusted proxy: the leftmost one is all there is.
    expect(clientAddressOf("10.0.0.1", "10.0.0.2", trusted)).toBe("10.0.0.2");
  });

  it("lets the proxy stand for a client when the hop it passed on is not an address", () => {
    const trusted = parseTrustedProxies("10.0.0.5");
    expect(clientAddressOf("10.0.0.5", "<script>", trusted)).toBe("10.0.0.5");
  });

  it("treats an IPv4 peer on a dual-stack socket like the plain IPv4 address", () => {
    const trusted = parseTrustedProxies("127.0.0.4");
    expect(trusted.has("::ffff:127.0.0.4")).toBe(true);
    expect(clientAddressOf("::ffff:127.0.0.4", "198.51.100.7", trusted)).toBe("198.51.100.7");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a CIDR block", () => {
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
  });
});
