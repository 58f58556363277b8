// The hall bookings and loans of an event dossier, each with its status and a link to its own page
// (the organiser's, or staff's where it is approved); for the organiser also the forms to link one
// of their own or undo a link.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { DataList } from "@/components/ui/data-list";
import { formatDate, formatDateTime, formatTime } from "@/lib/be/time";
import type { LinkedBookings } from "@/lib/events/queries/linked";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import { LOAN_STATUS_LABELS, unitsText } from "@/lib/lending/labels";
import { DossierLinkForm, DossierUnlinkForm } from "./dossier-link-forms";

type Row = { key: string; ref: string; what: string; when: string; status: string; href: string };

export function bookingRows(b: LinkedBookings, side: "organiser" | "staff"): Row[] {
  return [
    ...b.halls.map((h) => ({
      key: `hall:${h.id}`,
      ref: `hall:${h.id}`,
      what: `Zaal: ${h.hall.name}`,
      when: `${formatDateTime(h.startsAt)}–${formatTime(h.endsAt)}`,
      status: BOOKING_STATUS_LABELS[h.status],
      href: side === "staff" ? `/beheer/zalen/${h.id}` : `/mijn/zalen/${h.id}`,
    })),
    ...b.loans.map((l) => ({
      key: `loan:${l.id}`,
      ref: `loan:${l.id}`,
      what: `Materiaal: ${l.lines.map((x) => unitsText(x.quantity, x.item)).join(", ")}`,
      when: `${formatDate(l.pickupDate)} – ${formatDate(l.returnDate)}`,
      status: LOAN_STATUS_LABELS[l.status],
      href: side === "staff" ? `/beheer/uitleendienst/${l.id}` : `/mijn/uitleningen/${l.id}`,
    })),
  ];
}

export function LinkedBookingsList({
  caseId,
  linked,
  side,
  unlink = side === "organiser" ? "case" : false,
}: {
  caseId: string;
  linked: LinkedBookings;
  side: "organiser" | "staff";
  /** The organiser may undo a link: of the submitted dossier ("case") or, on the wizard, the draft's. */
  unlink?: "case" | "draft" | false;
}) {
  return (
    <DataList
      caption="Zaal en materiaal bij dit evenement"
      rows={bookingRows(linked, side)}
      rowKey={(r) => r.key}
      empty={
        side === "organiser"
          ? "Nog geen zaalreservatie of uitlening gekoppeld aan dit evenement."
          : "De organisator koppelde geen zaalreservatie of uitlening."
      }
      columns={[
        { key: "what", label: "Wat", primary: true, cell: (r) => <Link href={r.href}>{r.what}</Link> },
        { key: "when", label: "Wanneer", cell: (r) => r.when },
        { key: "status", label: "Status", cell: (r) => r.status },
        ...(unlink
          ? [
              {
                key: "unlink",
                label: "Koppeling",
                cell: (r: Row) => <DossierUnlinkForm dossierId={caseId} booking={r.ref} on={unlink} />,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The hall's and the lending service's own request flows, opened for this event (lib/events/request-links.ts). */
export function RequestForEventLinks({ links }: { links: { loan: string | null; hall: string | null } }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-3">
      {links.hall && (
        <li>
          <Link className={buttonClass("secondary")} href={links.hall}>
            Zaal aanvragen voor dit evenement
          </Link>
        </li>
      )}
      {links.loan && (
        <li>
          <Link className={buttonClass("secondary")} href={links.loan}>
            Materiaal lenen voor dit evenement
          </Link>
        </li>
      )}
    </ul>
  );
}

export function LinkCandidates({
  caseId,
  candidates,
  requestLinks,
}: {
  caseId: string;
  candidates: LinkedBookings;
  requestLinks: { loan: string; hall: string | null };
}) {
  const rows = bookingRows(candidates, "organiser");
  return (
    <div className="mt-4">
      {rows.length > 0 ? (
        <DossierLinkForm
          caseId={caseId}
          options={rows.map((r) => ({ value: r.ref, label: `${r.what}, ${r.when}` }))}
        />
      ) : (
        <p className="text-slate-700">
          Je hebt geen zaalreservatie of uitlening rond de datum van je evenement.
        </p>
      )}
      <RequestForEventLinks links={requestLinks} />
    </div>
  );
}
