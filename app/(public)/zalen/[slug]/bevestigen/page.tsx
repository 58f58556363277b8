import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmForm } from "@/components/halls/confirm-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import { formatLongDate } from "@/lib/be/time";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { prepareBooking, type PreparedBooking } from "@/lib/halls/prepare";
import { activeBookings } from "@/lib/halls/queries";
import { bookingSchema, bookingToSearch } from "@/lib/halls/schema";

// The signed-in requester's own review: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Reservatie nakijken" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/zalen/${slug}`);
  const parsed = bookingSchema.safeParse(query);
  let prepared: PreparedBooking | null = null;
  let problem = parsed.success ? null : "Deze aanvraag is onvolledig.";
  if (parsed.success) {
    try {
      prepared = await prepareBooking(db, parsed.data, actor.userId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  if (!parsed.success || !prepared) {
    return (
      <>
        <PageHeader title="Reservatie nakijken" />
        <p role="alert" className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {problem}
        </p>
        <Link href={`/zalen/${slug}#reserveren`}>Terug naar de zaal</Link>
      </>
    );
  }
  const taken = await activeBookings(
    [prepared.hall.id],
    prepared.occurrences[0].slot.startsAt,
    prepared.occurrences[prepared.occurrences.length - 1].slot.endsAt,
  );
  const isTaken = (o: PreparedBooking["occurrences"][number]) =>
    taken.some((b) => b.startsAt < o.slot.endsAt && b.endsAt > o.slot.startsAt);
  const { quote } = prepared;
  const fields = [...new URLSearchParams(bookingToSearch(parsed.data)).entries()];
  const instant = !prepared.hall.requiresApproval && prepared.occurrences.length === 1;
  return (
    <>
      <PageHeader title="Reservatie nakijken" intro={`${prepared.hall.name}: kijk alles na en bevestig.`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <Card title="Je aanvraag">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">Zaal</dt>
            <dd>{prepared.hall.name}</dd>
            <dt className="font-semibold">Wanneer</dt>
            <dd>
              <ul>
                {prepared.occurrences.map((o) => (
                  <li key={o.date}>
                    {formatLongDate(o.slot.startsAt)}, {o.slot.label}
                    {isTaken(o) && (
                      <strong className="text-red-800"> – al bezet, wordt niet aangevraagd</strong>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="font-semibold">Voor</dt>
            <dd>{prepared.association ? prepared.association.name : "jezelf"}</dd>
            <dt className="font-semibold">Tarief</dt>
            <dd>{prepared.categoryLabel}</dd>
            <dt className="font-semibold">Waarvoor</dt>
            <dd>{prepared.purpose}</dd>
          </dl>
        </Card>
        <Card title="Prijs">
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2">
            <dt>
              Huur: {quote.units} × {formatEuro(quote.unitCents)}
            </dt>
            <dd className="text-right">{formatEuro(quote.priceCents)}</dd>
            <dt>Waarborg (krijg je terug na controle)</dt>
            <dd className="text-right">{formatEuro(quote.depositCents)}</dd>
            <dt className="font-bold">Totaal{prepared.occurrences.length > 1 ? " per week" : ""}</dt>
            <dd className="text-right font-bold">{formatEuro(quote.priceCents + quote.depositCents)}</dd>
          </dl>
          <p className="my-4 text-sm text-slate-700">
            {prepared.invoiceLater
              ? "Je vereniging krijgt achteraf een factuur."
              : instant
                ? "Je reservatie is meteen bevestigd. Je betaalt daarna online of met een overschrijving."
                : "De dienst vrije tijd bekijkt je aanvraag. Na goedkeuring krijg je een e-mail met een betaallink."}
          </p>
          <ConfirmForm fields={fields} label={instant ? "Reserveren en betalen" : "Aanvraag versturen"} />
        </Card>
      </div>
    </>
  );
}
