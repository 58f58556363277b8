// The population register's part of an attest of household composition, as the text stored on the
// case (paragraphs separated by a blank line, drawn in the one PDF layout). Only what the register
// answered goes in; the household rows a resident typed into their profile never do.
import { formatAddress } from "@/lib/be/address";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatDate, formatTime } from "@/lib/be/time";
import { type Household, REGISTER_SOURCE } from "./household";

/** The register's address of the household on one line ("Oude Bruggestraat 13, 8750 Wingene"). */
export function householdAddress(h: Household): string {
  return formatAddress({
    street: h.address.street,
    houseNumber: h.address.houseNumber,
    box: h.address.box,
    postcode: h.address.postcode,
    city: h.address.municipality,
  });
}

export function householdAttestText(h: Household, fetchedAt: Date, source = REGISTER_SOURCE): string {
  const address = householdAddress(h);
  return [
    `Volgens het bevolkingsregister bestaat het gezin op het adres ${address} uit de volgende ${
      h.members.length === 1 ? "persoon" : `${h.members.length} personen`
    }:`,
    ...h.members.map((m) => `${m.name}, geboren op ${formatDateKey(m.birthDate)}: ${m.relation}`),
    `Bron: ${source}, opgevraagd op ${formatDate(fetchedAt)} om ${formatTime(fetchedAt)}.`,
  ].join("\n\n");
}
