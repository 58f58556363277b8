// Starts sign-in with the OpenID Connect provider. Reached by a plain link, so the browser goes to
// the identity provider as a top-level navigation, with or without JavaScript.
import { connection, type NextRequest } from "next/server";
import { signIn } from "@/lib/auth/config";
import { returnPathSchema } from "@/lib/auth/schema";
import { oidcConfigured } from "@/lib/env";

export async function GET(request: NextRequest) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  if (!oidcConfigured())
    return new Response("Aanmelden met een identiteitsprovider is niet ingesteld.", { status: 404 });
  const redirectTo = returnPathSchema.parse(request.nextUrl.searchParams.get("terug") ?? undefined);
  await signIn("oidc", { redirectTo });
}
