// The booking island of a hall page: the form for a signed-in visitor (with the associations they
// may book for), else the way to sign in. Opened from an event dossier (`?dossier=`), the form
// carries it when it is the visitor's own open one.
import { getActor } from "@/lib/auth/actor";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { brusselsParts } from "@/lib/be/time";
import { ownOpenDossier } from "@/lib/events/dossier";
import { bookingParties, type CatalogueHall } from "@/lib/halls/queries/catalogue";
import { BookingForm } from "./booking-form";
import { SignInToBook } from "./hall-page-body";

export function bookingFormHall(hall: CatalogueHall) {
  return {
    id: hall.id,
    rentalUnit: hall.rentalUnit,
    opensAtMinutes: hall.opensAtMinutes,
    closesAtMinutes: hall.closesAtMinutes,
    dayParts: hall.dayParts,
    invoiceAllowed: hall.tariffs.some((t) => t.invoiceAllowed),
  };
}

export async function HallBookingCard({
  hall,
  query,
}: {
  hall: CatalogueHall;
  query: Promise<{ datum?: string; deel?: string; dossier?: string }>;
}) {
  const [{ datum, deel, dossier }, actor] = await Promise.all([query, getActor()]);
  if (!actor) return <SignInToBook slug={hall.slug} />;
  const forEvent = dossier ? await ownOpenDossier(dossier.slice(0, 40), actor.userId) : null;
  return (
    <BookingForm
      hall={bookingFormHall(hall)}
      parties={await bookingParties(actor.userId)}
      defaultBookFor={actor.actingFor?.id ?? "self"}
      preset={{ date: datum && isCalendarDate(datum) ? datum : undefined, part: deel }}
      today={brusselsParts(new Date()).dateKey}
      forEvent={forEvent ?? undefined}
    />
  );
}
