// The fiscal attest for childcare costs as a document spec (lib/pdf draws it in the one layout),
// following the parts of the official model 281.86: the organiser, the debtor who paid, the child,
// and per period the days of care actually attended, the day tariff, the amount paid and that
// amount capped at the fiscal maximum per day of the year (ChildcareDayCap).
// A child with a severe disability (declared by the parent on the household member) counts until
// 21, and the attest says so.
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import type { PdfSpec } from "@/lib/pdf/spec";
import type { ChildcareAttest } from "./queries/attest";
import { dateKeyOf as key } from "@/lib/be/date-key";

export function attestSpec(a: ChildcareAttest, issuedOn: Date): PdfSpec {
  const age = a.child.severeDisability ? 21 : 14;
  return {
    title: "Attest kinderopvang (model 281.86)",
    reference: `281.86 · inkomsten ${a.year}`,
    blocks: [
      {
        type: "paragraph",
        text: `Attest inzake uitgaven voor de opvang van kinderen jonger dan 14 jaar, of jonger dan 21 jaar met een ernstige handicap, voor de inkomsten van ${a.year} (aanslagjaar ${a.year + 1}).`,
      },
      { type: "heading", text: "1. Organisator van de opvang" },
      {
        type: "facts",
        rows: [
          ["Naam", a.organiser.name],
          ["Adres", a.organiser.address],
          ["Ondernemingsnummer", a.organiser.enterpriseNo ?? "niet ingevuld"],
        ],
      },
      { type: "heading", text: "2. Schuldenaar (wie de opvang betaalde)" },
      {
        type: "facts",
        rows: [
          ["Naam", a.debtor.name],
          ["Adres", a.debtor.address],
        ],
      },
      { type: "heading", text: "3. Kind" },
      {
        type: "facts",
        rows: [
          ["Naam", a.child.name],
          ["Geboortedatum", formatDateKey(key(a.child.birthDate))],
          [
            "Kind met een ernstige handicap",
            a.child.severeDisability ? "ja (opvang telt tot 21 jaar)" : "nee",
          ],
        ],
      },
      { type: "heading", text: "4. Opvang en betaalde bedragen" },
      {
        type: "table",
        columns: [
          { label: "Periode" },
          { label: "Activiteit" },
          { label: "Dagen", align: "right" },
          { label: "Dagtarief", align: "right" },
          { label: "Betaald", align: "right" },
          { label: "Aftrekbaar", align: "right" },
        ],
        rows: a.periods.map((p) => [
          `${formatDateKey(p.from)} - ${formatDateKey(p.to)}`,
          p.title,
          String(p.days),
          formatEuro(p.dayCents),
          formatEuro(p.amountCents),
          formatEuro(p.deductibleCents),
        ]),
      },
      {
        type: "facts",
        rows: [
          ["Totaal aantal dagen", String(a.totalDays)],
          ["Totaal betaald bedrag", formatEuro(a.totalCents)],
          [`Fiscaal maximum per dag (${a.year})`, formatEuro(a.capCents)],
          ["Totaal aftrekbaar bedrag", formatEuro(a.deductibleCents)],
        ],
      },
      {
        type: "paragraph",
        text: `Enkel de dagen waarop het kind werkelijk aanwezig was en nog geen ${age} jaar oud was, tellen mee, en enkel voor betaalde inschrijvingen. Het betaalde bedrag is het werkelijk betaalde dagtarief maal die dagen; het aftrekbare bedrag telt per dag hoogstens het fiscale maximum.`,
      },
      {
        type: "signature",
        name: a.organiser.name,
        role: "Dienst vrije tijd",
        place: a.organiser.city,
        date: formatDate(issuedOn),
      },
    ],
  };
}
