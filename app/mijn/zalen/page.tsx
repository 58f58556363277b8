import { formatDateKey } from "@/lib/be/calendar-date";
import type { Metadata } from "next";
import { MyBookingsList } from "@/components/halls/my-bookings-list";
import { Notice } from "@/components/ui/notice";
import { PagedCard } from "@/components/ui/paged-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { HALL_SERVICE } from "@/lib/halls/labels";
import { myHallBookings } from "@/lib/halls/queries/mine";

export const metadata: Metadata = { title: "Mijn zaalreservaties" };

type Props = { searchParams: Promise<{ nieuw?: string; bezet?: string; pagina?: string }> };

export default async function MyHallsPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/zalen");
  const query = await searchParams;
  const bookings = await myHallBookings(actor.userId, pageFromSearch(query.pagina));
  const collisions = (query.bezet ?? "").split(",").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return (
    <>
      <PageHeader
        title="Mijn zaalreservaties"
        intro="Je eigen reservaties en die van de verenigingen waarvan je lid bent."
      />
      {query.nieuw && (
        <Notice tone="success" title="We ontvingen je aanvraag.">
          <p>Je krijgt een e-mail zodra de {HALL_SERVICE.toLowerCase()} beslist heeft.</p>
          {collisions.length > 0 && (
            <p className="mt-2 font-semibold">
              Deze weken waren al bezet en zijn niet aangevraagd: {collisions.map(formatDateKey).join(", ")}.
            </p>
          )}
        </Notice>
      )}
      <PagedCard
        paging={bookings}
        noun={["reservatie", "reservaties"]}
        href={(p) => `/mijn/zalen?${pageQuery({}, "pagina", p)}`}
      >
        <MyBookingsList bookings={bookings.rows} />
      </PagedCard>
    </>
  );
}
