// What an order bought decides how the portal speaks about it: the order page, its mails, the staff
// confirmations and the timeline. Each paid service adds its entry here (next to its fulfiller in
// fulfilment.ts); an order is spoken of by the kind of its first line that has one.
import { ACTIVITY_ITEM } from "@/lib/activities/fulfil";
import { CASE_FEE_ITEM } from "@/lib/eloket/fulfil";
import { HALL_DEPOSIT_ITEM, HALL_ITEM } from "@/lib/halls/fulfil";
import { LOAN_DEPOSIT_ITEM, LOAN_ITEM, LOAN_TRANSPORT_ITEM } from "@/lib/lending/fulfil";
import { TICKET_ITEM } from "@/lib/tickets/issue";

export type ItemKind = {
  /** The service on the timeline in Mijn Wingene. */
  service: string;
  /** Who signs the order's mails (the municipality's name follows in the layout). */
  signature: string;
  /** The column of the order's lines ("Ticket"). */
  lineLabel: string;
  /** Next to the payment deadline of an order that is still open. */
  holding: string;
  /** After choosing a bank transfer. */
  afterTransfer: string;
  /** Staff booked the transfer that paid it. */
  staffPaid: string;
  /** The order was paid, with and without an e-mail address to tell. */
  paidMailed: (email: string) => string;
  paidPrinted: string;
  /** The order lapsed or was cancelled. */
  released: string;
  /** What cancelling an open order gives back ("de plaatsen komen vrij"). */
  freed: string;
  /** The subject of the mail once paid. */
  paidSubject: (number: string) => string;
};

const TICKETS: ItemKind = {
  service: "Tickets",
  signature: "Dienst vrije tijd",
  lineLabel: "Ticket",
  holding: "Je plaatsen zijn voor je vastgehouden",
  afterTransfer: "Je tickets komen zodra we je betaling ontvangen.",
  staffPaid: "Betaling geboekt; de koper krijgt zijn tickets.",
  paidMailed: (email) => `Bedankt! We stuurden je tickets ook naar ${email}.`,
  paidPrinted: "Bedankt! Druk de tickets hieronder af of toon ze op je gsm.",
  released:
    "Deze bestelling is niet meer geldig; de plaatsen zijn vrijgegeven. Je kan opnieuw bestellen zolang er plaatsen zijn.",
  freed: "de plaatsen komen vrij",
  paidSubject: (number) => `Je tickets - bestelling ${number}`,
};

const HALL: ItemKind = {
  service: "Zalen",
  signature: "Dienst vrije tijd",
  lineLabel: "Omschrijving",
  holding: "Betaal de huur en de waarborg",
  afterTransfer:
    "Je reservatie is betaald zodra we je overschrijving ontvangen; je krijgt dan een bevestiging.",
  staffPaid: "Betaling geboekt; de huurder krijgt een bevestiging.",
  paidMailed: (email) => `Bedankt! We ontvingen je betaling en stuurden een bevestiging naar ${email}.`,
  paidPrinted: "Bedankt! We ontvingen je betaling.",
  released:
    "Deze bestelling is niet meer geldig; de zaal is vrijgegeven. Je kan opnieuw reserveren zolang ze vrij is.",
  freed: "de zaal komt vrij",
  paidSubject: (number) => `Betaling ontvangen - bestelling ${number}`,
};

const LOAN: ItemKind = {
  service: "Uitleendienst",
  signature: "Uitleendienst, technische dienst",
  lineLabel: "Materiaal",
  holding: "Het materiaal is voor je vastgehouden. Betaal de huur en de waarborg",
  afterTransfer:
    "Je uitlening is bevestigd zodra we je overschrijving ontvangen; tot dan houden we het materiaal voor je vast.",
  staffPaid: "Betaling geboekt; de uitlening is bevestigd.",
  paidMailed: (email) => `Bedankt! Je uitlening is bevestigd; we stuurden een bevestiging naar ${email}.`,
  paidPrinted: "Bedankt! Je uitlening is bevestigd.",
  released:
    "Deze bestelling is niet meer geldig; het materiaal is vrijgegeven. Je kan opnieuw lenen zolang er voorraad is.",
  freed: "het materiaal komt vrij",
  paidSubject: (number) => `Uitlening bevestigd - bestelling ${number}`,
};

const ACTIVITY: ItemKind = {
  service: "Activiteiten",
  signature: "Dienst vrije tijd",
  lineLabel: "Inschrijving",
  holding: "De plaatsen zijn voor je kinderen vastgehouden. Betaal",
  afterTransfer:
    "Je kinderen zijn ingeschreven zodra we je overschrijving ontvangen; tot dan houden we hun plaatsen vast.",
  staffPaid: "Betaling geboekt; de kinderen zijn ingeschreven.",
  paidMailed: (email) => `Bedankt! Je kinderen zijn ingeschreven; we stuurden een bevestiging naar ${email}.`,
  paidPrinted: "Bedankt! Je kinderen zijn ingeschreven.",
  released:
    "Deze bestelling is niet meer geldig; de plaatsen gaan naar wie op de wachtlijst staat. Bekijk je inschrijvingen in Mijn Wingene.",
  freed: "de plaatsen komen vrij",
  paidSubject: (number) => `Inschrijving bevestigd - bestelling ${number}`,
};

const CASE_FEE: ItemKind = {
  service: "E-loket",
  signature: "Het e-loket",
  lineLabel: "Aanvraag",
  holding: "Betaal de kostprijs van je aanvraag",
  afterTransfer: "Je aanvraag is betaald zodra we je overschrijving ontvangen; we behandelen ze intussen al.",
  staffPaid: "Betaling geboekt; de aanvraag staat als betaald.",
  paidMailed: (email) => `Bedankt! We ontvingen je betaling en stuurden een bevestiging naar ${email}.`,
  paidPrinted: "Bedankt! We ontvingen je betaling.",
  released:
    "Deze betaling is niet meer geldig. Je aanvraag blijft bestaan; bekijk ze in Mijn Wingene of neem contact op met het team dat ze behandelt.",
  freed: "de betaalopdracht vervalt",
  paidSubject: (number) => `Betaling van je aanvraag ontvangen - bestelling ${number}`,
};

/** Any other order: plain words that fit whatever was bought. */
export const GENERIC_KIND: ItemKind = {
  service: "Bestellingen",
  signature: "Financiële dienst",
  lineLabel: "Omschrijving",
  holding: "Betaal",
  afterTransfer: "Je bestelling is betaald zodra we je overschrijving ontvangen.",
  staffPaid: "Betaling geboekt; de koper krijgt een bevestiging.",
  paidMailed: (email) => `Bedankt! We ontvingen je betaling en stuurden een bevestiging naar ${email}.`,
  paidPrinted: "Bedankt! We ontvingen je betaling.",
  released: "Deze bestelling is niet meer geldig.",
  freed: "wat je bestelde komt vrij",
  paidSubject: (number) => `Betaling ontvangen - bestelling ${number}`,
};

const KINDS: Record<string, ItemKind> = {
  [TICKET_ITEM]: TICKETS,
  [HALL_ITEM]: HALL,
  [HALL_DEPOSIT_ITEM]: HALL,
  [LOAN_ITEM]: LOAN,
  [LOAN_DEPOSIT_ITEM]: LOAN,
  [LOAN_TRANSPORT_ITEM]: LOAN,
  [ACTIVITY_ITEM]: ACTIVITY,
  [CASE_FEE_ITEM]: CASE_FEE,
};

/** How to speak of an order, from the item types of its lines. */
export function kindOfOrder(lines: readonly { itemType: string }[]): ItemKind {
  for (const line of lines) if (KINDS[line.itemType]) return KINDS[line.itemType]!;
  return GENERIC_KIND;
}

/** Whether the order issues tickets (QR codes and a PDF on the order page). */
export function hasTickets(lines: readonly { itemType: string }[]): boolean {
  return lines.some((l) => l.itemType === TICKET_ITEM);
}
