import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Picture } from "@/components/ui/picture";
import { formatEuro } from "@/lib/be/money";
import { stripeConfigured } from "@/lib/env";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { SeasonSeats, SeatsLeft } from "@/components/tickets/seats-left";
import { listSeason } from "@/lib/tickets/queries";

export const metadata: Metadata = { title: "Tickets" };

export default async function ProgrammePage() {
  const performances = await listSeason();
  return (
    <>
      <PageHeader
        title="Tickets"
        intro={`Het cultuurseizoen in Wingene, Zwevezele en Ruiselede. ${
          // Only promise what this installation offers: without Stripe (or the demo's sandbox), transfer and the desk.
          stripeConfigured()
            ? "Betaal met Bancontact, kaart of overschrijving"
            : "Betaal per overschrijving of aan de balie"
        }; je e-ticket heeft een QR-code.`}
      />
      {performances.length === 0 ? (
        <p>Er staan op dit moment geen voorstellingen in de verkoop.</p>
      ) : (
        <SeasonSeats>
          <ul className="grid gap-4 md:grid-cols-2">
            {performances.map((p, i) => (
              <li key={p.id} className="rounded-lg border border-slate-300 p-5">
                {p.poster && (
                  <Picture
                    picture={p.poster}
                    alt={p.posterAlt ?? ""}
                    sizes={"(min-width: 768px) 50vw, 100vw"}
                    eager={i < 2}
                    className="mb-4 rounded-md"
                  />
                )}
                <h2 className="text-xl font-bold">
                  <Link href={`/tickets/${p.slug}`}>{p.title}</Link>
                </h2>
                {p.subtitle && <p className="text-slate-700">{p.subtitle}</p>}
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="font-semibold">Wanneer</dt>
                  <dd>
                    {formatLongDate(p.startsAt)} om {formatTime(p.startsAt)}
                  </dd>
                  <dt className="font-semibold">Waar</dt>
                  <dd>{p.venueName}</dd>
                  <dt className="font-semibold">Prijs</dt>
                  <dd>
                    {p.priceRange
                      ? p.priceRange.min === p.priceRange.max
                        ? formatEuro(p.priceRange.min)
                        : `${formatEuro(p.priceRange.min)} – ${formatEuro(p.priceRange.max)}`
                      : "–"}
                  </dd>
                  <dt className="font-semibold">Plaatsen</dt>
                  <dd>
                    <SeatsLeft poolId={p.poolId} wording="phrase" />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </SeasonSeats>
      )}
    </>
  );
}
