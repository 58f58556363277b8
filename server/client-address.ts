// Which address a request comes from. The socket's peer is the truth; X-Forwarded-For is only a
// claim, believed hop by hop from the right for as long as the hop that added it is one of our own
// proxies (TRUSTED_PROXIES, none by default). A client can put anything at the left of that header,
// so the walk stops at the first address that is not a trusted proxy.
import net from "node:net";

export type TrustedProxies = { has(address: string): boolean };

/** "::ffff:127.0.0.2" (IPv4 on a dual-stack socket) is 127.0.0.2. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed.toLowerCase();
}

/** Parses "10.0.0.1, 10.1.0.0/16, fd00::/8"; throws on an entry that is not an IP or CIDR. */
export function parseTrustedProxies(spec: string): TrustedProxies {
  const list = new net.BlockList();
  for (const raw of spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix] = raw.split("/");
    const family = net.isIP(normaliseAddress(address));
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is geen IP-adres of CIDR-blok`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(normaliseAddress(address), type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128))
        throw new Error(`TRUSTED_PROXIES: "${raw}" heeft een ongeldig prefix`);
      list.addSubnet(normaliseAddress(address), bits, type);
    }
  }
  return {
    has(address) {
      const normalised = normaliseAddress(address);
      const family = net.isIP(normalised);
      return family !== 0 && list.check(normalised, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client address of a request from `peer` that carries `forwardedFor` (the header's value, the
 * copies joined with commas). Without trusted proxies this is always the peer.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = normaliseAddress(peer ?? "onbekend");
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => normaliseAddress(hop))
    .filter(Boolean);
  while (trusted.has(client) && hops.length > 0) {
    const next = hops.pop()!;
    // A hop that is not an address cannot be counted; the proxy that passed it on stands for it.
    if (!net.isIP(next)) break;
    client = next;
  }
  return client;
}
