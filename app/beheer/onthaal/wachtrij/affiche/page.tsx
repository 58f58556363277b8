import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import QRCode from "qrcode";
import { appUrl } from "@/lib/app-url";
import { listSites } from "@/lib/appointments/staff-queries";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Affiche voor de ingang" };

/** A page to print and hang at the entrance: scan the QR code to take a number on your phone. */
export default async function QueuePosterPage({
  searchParams,
}: {
  searchParams: Promise<{ site?: string }>;
}) {
  await requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij/affiche");
  const { site: siteId } = await searchParams;
  const site = (await listSites()).find((s) => s.id === siteId);
  if (!site) notFound();
  const url = appUrl(`/wachtrij/${site.slug}`);
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <article className="mx-auto max-w-xl space-y-6 text-center">
      <h1 className="text-4xl font-bold">Neem hier een volgnummer</h1>
      <p className="text-xl">
        {site.name}: scan de code met de camera van je gsm. Je ziet meteen je nummer en hoeveel mensen er voor
        je wachten.
      </p>
      <div
        role="img"
        aria-label={`QR-code naar ${url}`}
        className="mx-auto h-80 w-80"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="break-all font-mono text-lg">{url}</p>
      <p className="text-lg">Geen gsm? Vraag een nummer aan het onthaal.</p>
      <p className="print:hidden">Druk deze pagina af (Ctrl+P) en hang ze aan de ingang.</p>
    </article>
  );
}
