// Who is asking, for the parts of a page that depend on the visitor (components/layout/
// use-account-summary.ts): pages are cached documents shared by every visitor, so the browser
// fetches this after the page is shown. Private and never stored.
import { connection } from "next/server";
import type { AccountSummary } from "@/lib/auth/account-summary";
import { getActor } from "@/lib/auth/actor";

export async function GET() {
  await connection();
  const actor = await getActor();
  const summary: AccountSummary = actor
    ? {
        signedIn: true,
        name: actor.name,
        email: actor.email,
        staff: actor.permissions.size > 0,
        actingFor: actor.actingFor?.name ?? null,
      }
    : { signedIn: false };
  return Response.json(summary, { headers: { "Cache-Control": "private, no-store" } });
}
