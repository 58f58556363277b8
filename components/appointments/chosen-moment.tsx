// The short check before confirming: what, when (with a way back to the picker) and where.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { SummaryList } from "@/components/ui/form/summary-list";
import type { Slot } from "@/lib/appointments/slots";
import { formatLongDate, formatTime } from "@/lib/be/time";

type Moment = {
  slot: Slot;
  service: { name: string; whatToBring: string };
  site: { name: string; street: string; postcode: string; city: string };
  /** Back to the picker, on the chosen day. */
  changeHref: string;
  /** When moving: the moment it is now. */
  previous?: Date;
};

export function ChosenMoment({ slot, service, site, changeHref, previous }: Moment) {
  const rows = [
    { key: "wat", label: "Wat", value: service.name },
    ...(previous
      ? [{ key: "nu", label: "Nu", value: `${formatLongDate(previous)} om ${formatTime(previous)}` }]
      : []),
    {
      key: "wanneer",
      label: previous ? "Nieuw tijdstip" : "Wanneer",
      value: `${formatLongDate(slot.startsAt)} om ${formatTime(slot.startsAt)} tot ${formatTime(slot.endsAt)}`,
      changeHref,
    },
    { key: "waar", label: "Waar", value: `${site.name}, ${site.street}, ${site.postcode} ${site.city}` },
    { key: "meebrengen", label: "Breng mee", value: service.whatToBring },
  ];
  return <SummaryList rows={rows} />;
}

/** The check as a card with the form that books the moment below it. */
export function ConfirmCard({ title, children, ...moment }: Moment & { title: string; children: ReactNode }) {
  return (
    <div id="bevestigen" className="max-w-3xl">
      <Card title={title}>
        <ChosenMoment {...moment} />
        <div className="mt-6">{children}</div>
      </Card>
    </div>
  );
}
