import type { Metadata } from "next";
import Link from "next/link";
import { bookingFormHall } from "@/components/halls/hall-booking-card";
import { BookingForm } from "@/components/halls/booking-form";
import { DeskResidentSearch } from "@/components/halls/staff/desk-resident";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { deskContext } from "@/lib/halls/queries/staff";

export const metadata: Metadata = { title: "Zalen - reserveren aan de balie" };

type Props = { searchParams: Promise<{ zaal?: string; inwoner?: string; q?: string; pagina?: string }> };

/** Booking for a resident at the desk or on the phone: first who, then which hall, then when. */
export default async function DeskBookingPage({ searchParams }: Props) {
  await requireStaff("leisure:manage", "/beheer/zalen/balie");
  const query = await searchParams;
  const { halls, hall, resident, found, parties } = await deskContext(query);
  const here = (values: Record<string, string | undefined>) =>
    `/beheer/zalen/balie?${new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => Boolean(e[1])))}`;
  return (
    <>
      <PageHeader
        title="Reserveren aan de balie"
        intro="Voor een inwoner of vereniging aan de balie of aan de telefoon. Dezelfde regels als online; jij staat in de auditlog als medewerker die voor hen handelde."
      />
      {!resident ? (
        <DeskResidentSearch q={query.q ?? ""} found={found} hallSlug={hall?.slug} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <div className="space-y-6">
            <Card title="Inwoner">
              <p className="font-semibold">{resident.name}</p>
              <p>{resident.email ?? "Geen e-mailadres: druk na het reserveren de bevestiging af."}</p>
              <p className="mt-3">
                <Link href={here({ zaal: hall?.slug })}>Andere inwoner</Link>
              </p>
            </Card>
            <Card title="Zaal">
              <nav aria-label="Kies een zaal">
                <ul className="space-y-1">
                  {halls.map((h) => (
                    <li key={h.slug}>
                      <Link
                        href={here({ inwoner: resident.id, zaal: h.slug })}
                        aria-current={h.slug === hall?.slug ? "page" : undefined}
                        className={h.slug === hall?.slug ? "font-bold" : undefined}
                      >
                        {h.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            </Card>
          </div>
          {hall ? (
            <Card title={hall.name}>
              <BookingForm
                hall={bookingFormHall(hall)}
                parties={parties}
                defaultBookFor="self"
                preset={{}}
                today={brusselsParts(new Date()).dateKey}
                resident={{ id: resident.id, name: resident.name ?? "De inwoner" }}
              />
            </Card>
          ) : (
            <Notice tone="info">Kies links de zaal die {resident.name ?? "de inwoner"} wil huren.</Notice>
          )}
        </div>
      )}
    </>
  );
}
