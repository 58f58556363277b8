// Security headers for every response, set by the portal's own server (server/portal-server.ts).
// Scripts: 'self' plus the SHA-256 of each inline script of the HTML response at hand (the App
// Router inlines its bootstrap and the RSC payload); the server computes them per response, so
// cached pages stay cacheable (a nonce would force every page to render per request).
// form-action: a form may post here, and be redirected only to Stripe Checkout (the order page's
// plain form answers 303 to Stripe) or the identity provider. Chrome applies form-action to every
// redirect that follows a form submission, so those origins must be listed.
import { type Env, oidcConfigured, stripeConfigured } from "@/lib/env";

export type CspOptions = {
  production: boolean;
  /** base64 SHA-256 digests of the inline scripts allowed on this response. */
  scriptHashes?: readonly string[];
  formActionOrigins?: readonly string[];
};

/** Where a form submission may legitimately end up besides the portal itself. */
export function formActionOrigins(e: Env): string[] {
  const origins = new Set<string>();
  if (oidcConfigured(e)) origins.add(new URL(e.OIDC_ISSUER!).origin);
  // Tests point the SDK at a local fake, whose checkout page lives on the same origin.
  if (stripeConfigured(e))
    origins.add(e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE).origin : "https://checkout.stripe.com");
  return [...origins];
}

export function contentSecurityPolicy({ production, scriptHashes = [], formActionOrigins = [] }: CspOptions) {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)];
  // React's development build evaluates code (call stacks, hot reload); never in production.
  if (!production) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    // OpenStreetMap tiles for the meldpunt's map (Leaflet).
    "img-src 'self' data: blob: https://tile.openstreetmap.org",
    "font-src 'self'",
    "connect-src 'self'",
    `form-action ${["'self'", ...formActionOrigins].join(" ")}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(options: CspOptions): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=()" },
  ];
  if (options.production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" });
  }
  return headers;
}
