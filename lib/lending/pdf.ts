// The depot's printable pick list of one loan: who, when, which slot, every line with the quantity
// to gather, and boxes to fill in and sign at hand-out and at return (the paper the technical
// service carries through the depot and hands the borrower to sign).
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatMinutes } from "@/lib/be/time";
import type { PdfSpec } from "@/lib/pdf/spec";
import { LOAN_STATUS_LABELS } from "./labels";
import type { depotLoan } from "./queries/staff";

type DepotLoan = NonNullable<Awaited<ReturnType<typeof depotLoan>>>;
type Slot = { startMinutes: number; endMinutes: number };

const at = (dateKey: string, slot: Slot) =>
  `${formatDateKey(dateKey)}, ${formatMinutes(slot.startMinutes)}–${formatMinutes(slot.endMinutes)}`;

// Left empty on purpose: filled in by hand at the depot.
const blank = "";

export function pickListSpec(loan: DepotLoan): PdfSpec {
  return {
    title: "Ophaallijst uitleendienst",
    reference: `Uitlening ${loan.id.slice(-8).toUpperCase()}`,
    blocks: [
      { type: "heading", text: loan.association?.name ?? loan.borrowerName },
      {
        type: "facts",
        rows: [
          ["Status", LOAN_STATUS_LABELS[loan.shown]],
          ["Lener", loan.borrowerName],
          ["Voor", loan.association?.name ?? "zichzelf"],
          ["Categorie", loan.category.label],
          ["Telefoon", loan.user?.phone ?? "niet gekend"],
          ["Ophalen", at(loan.pickup, loan.pickupSlot)],
          ["Terugbrengen", at(loan.giveBack, loan.returnSlot)],
          ["Waarborg", formatEuro(loan.depositCents)],
        ],
      },
      {
        type: "table",
        columns: [
          { label: "Materiaal" },
          { label: "Klaarzetten", align: "right" },
          { label: "Meegegeven", align: "right" },
          { label: "Terug", align: "right" },
          { label: "Beschadigd", align: "right" },
          { label: "Ontbreekt", align: "right" },
        ],
        rows: loan.lines.map((line) => [
          line.item.name,
          String(line.quantity),
          line.handedOut === null ? blank : String(line.handedOut),
          line.returned === null ? blank : String(line.returned),
          line.damaged === null ? blank : String(line.damaged),
          line.missing === null ? blank : String(line.missing),
        ]),
      },
      { type: "heading", text: "Handtekeningen" },
      {
        type: "table",
        columns: [{ label: "" }, { label: "Datum" }, { label: "Medewerker" }, { label: "Lener" }],
        rows: [
          ["Meegegeven", blank, blank, blank],
          ["Teruggebracht", blank, blank, blank],
        ],
      },
      {
        type: "paragraph",
        text: "Controleer bij het meegeven en terugnemen samen met de lener de aantallen en de staat van het materiaal. Beschadigd of ontbrekend materiaal wordt aangerekend volgens het tarief en verrekend met de waarborg.",
      },
    ],
  };
}
