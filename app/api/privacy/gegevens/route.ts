// The right of access as a file: everything the portal keeps about the signed-in user, as JSON.
// Only the session's own id is ever read (lib/privacy/export-sections.ts scopes every section by it).
import { NextResponse } from "next/server";
import { exportJson } from "@/lib/privacy/export";
import { downloadHeaders, ownExport } from "@/lib/privacy/export-request";

export async function GET() {
  const own = await ownExport("json");
  if (own instanceof NextResponse) return own;
  return new NextResponse(exportJson(own.data), {
    headers: downloadHeaders("application/json; charset=utf-8", "mijn-gegevens-wingene.json"),
  });
}
