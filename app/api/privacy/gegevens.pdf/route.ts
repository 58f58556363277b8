// The right of access, readable: the same export as the JSON download, drawn by the PDF layer.
import { NextResponse } from "next/server";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { downloadHeaders, ownExport } from "@/lib/privacy/export-request";
import { personalDataSpec } from "@/lib/privacy/pdf";

export async function GET() {
  const own = await ownExport("pdf");
  if (own instanceof NextResponse) return own;
  const pdf = await renderPdf(personalDataSpec(own.data, own.name), await getPdfIdentity());
  return new NextResponse(new Uint8Array(pdf), {
    headers: downloadHeaders("application/pdf", "mijn-gegevens-wingene.pdf"),
  });
}
