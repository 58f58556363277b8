import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { TakeTicketForm } from "@/components/queue/take-ticket-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { takeTicketAction } from "@/lib/queue/actions";
import { queueServices, siteBySlug } from "@/lib/queue/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); the cached facts make that cheap, and the request's own parts stay islands.
export const instant = false;

export const metadata: Metadata = { title: "Volgnummer nemen", robots: { index: false } };

/** Where the QR code at the entrance points: take a number without queueing at the desk. */
export default async function TakeTicketPage({ params }: { params: Promise<{ site: string }> }) {
  const site = await siteBySlug((await params).site);
  if (!site) notFound();
  const services = await queueServices();
  return (
    <>
      <PageHeader
        title="Volgnummer nemen"
        intro={`${site.name}: kies waarvoor je komt. Je ziet op je gsm wanneer je aan de beurt bent.`}
      />
      <div className="max-w-xl">
        <Card>
          <TakeTicketForm
            action={takeTicketAction}
            siteId={site.id}
            options={services}
            submit="Neem een volgnummer"
            emailHint="Dan krijg je de link naar je volgnummer ook per e-mail."
          />
        </Card>
      </div>
    </>
  );
}
