// Seats left per performance of the programme, for /tickets (a cached page): authoritative numbers,
// read per request. Public: the same numbers the page shows to anyone.
import { connection } from "next/server";
import { seasonSeatsLeft } from "@/lib/tickets/queries";

export async function GET() {
  await connection();
  return Response.json(await seasonSeatsLeft(), { headers: { "Cache-Control": "no-store" } });
}
