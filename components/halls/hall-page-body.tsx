// The body of a hall's page, shared by the cached page (anonymous visitors, this week) and the page
// rendered per request (signed-in visitors, another week): facts beside the booking card, then the
// calendar. Kept apart from the booking form so the cached page does not ship it.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CatalogueHall } from "@/lib/halls/queries/catalogue";
import { HallDetails } from "./hall-details";

export function HallPageBody({
  hall,
  card,
  availability,
}: {
  hall: CatalogueHall;
  card: ReactNode;
  availability: ReactNode;
}) {
  return (
    <>
      <PageHeader
        trail={[{ href: "/zalen", label: "Zalen" }]}
        title={hall.name}
        intro={`${hall.kind} in ${hall.village} · ${hall.capacity} personen`}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="space-y-8">
          <HallDetails hall={hall} />
        </div>
        <div id="reserveren">
          <Card title="Reserveren">{card}</Card>
        </div>
      </div>
      <div className="mt-8">{availability}</div>
    </>
  );
}

/** What an anonymous visitor gets instead of the booking form. */
export function SignInToBook({ slug }: { slug: string }) {
  return (
    <p>
      <Link
        className={buttonClass("primary")}
        href={`/aanmelden?terug=${encodeURIComponent(`/zalen/${slug}`)}`}
        prefetch={false}
      >
        Aanmelden om te reserveren
      </Link>
    </p>
  );
}
