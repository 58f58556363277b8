// The call screen's data: the numbers called today and their desks. Public on purpose (it is
// what the TV in the hall shows to everyone); no names or other personal data.
import { screenState, siteBySlug } from "@/lib/queue/queries";
import { connection } from "next/server";
import { siteMessages } from "@/lib/sites/messages";

export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const site = await siteBySlug((await params).site);
  if (!site) return Response.json({ error: siteMessages.siteNotFound }, { status: 404 });
  return Response.json(await screenState(site.id), { headers: { "Cache-Control": "no-store" } });
}
