// Auth.js (next-auth v5): database sessions through the Prisma adapter, so sessions survive a
// restart and several app instances can share them.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env, oidcConfigured } from "@/lib/env";
import { emailProvider } from "./email-provider";
import { oidcProvider } from "./oidc-provider";
import { SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from "./session-lifetime";
import { servedOverHttps } from "./session-token";

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const e = env();
  return {
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret: e.AUTH_SECRET,
    // Links and callbacks never follow the request's host: env() pins AUTH_URL to the public URL, and
    // Auth.js then rewrites every request to that origin. trustHost only stops it refusing proxies.
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    // Stated, not derived per request: the actor reads the cookie by the same rule (session-token.ts).
    useSecureCookies: servedOverHttps(e.PUBLIC_URL),
    providers: [emailProvider(), ...(oidcConfigured(e) ? [oidcProvider(e)] : [])],
    pages: { signIn: "/aanmelden", verifyRequest: "/aanmelden/controleer-je-mail", error: "/aanmelden/fout" },
    callbacks: {
      // For Auth.js's own /api/auth/session only; pages ask lib/auth/actor.ts, which reads the
      // session row itself.
      session({ session, user }) {
        const sessionId = (session as unknown as { id?: string }).id;
        return {
          expires: session.expires,
          sessionId,
          user: { id: user.id, name: user.name, email: user.email },
        };
      },
    },
    events: {
      async createUser({ user }) {
        if (user.id) await recordAudit(db, { actorId: user.id, action: "account.created" });
      },
    },
  };
});
