// A generic OpenID Connect provider from environment variables, ready for the Flemish ACM/IDM
// gateway (itsme, eID). Only name and e-mail are kept: the national register number it may
// return is not stored until a service needs it.
import type { OIDCConfig } from "next-auth/providers";
import type { Env } from "@/lib/env";

type OidcProfile = { sub: string; email?: string; name?: string; given_name?: string; family_name?: string };

export function oidcProvider(e: Env): OIDCConfig<OidcProfile> {
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oidc",
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: e.OIDC_SCOPE } },
    checks: ["pkce", "state", "nonce"],
    // The gateway verifies identity more strongly than an e-mail link does, so linking an account
    // that signed in by e-mail before to the same verified address is safe.
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      const name = profile.name ?? [profile.given_name, profile.family_name].filter(Boolean).join(" ");
      return { id: profile.sub, name: name || null, email: profile.email?.toLowerCase() ?? null };
    },
  };
}
