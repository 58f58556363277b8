// Pure rules of deliveries by the technical service, unit-tested: whether a basket may be
// delivered, whether an address lies in the area served, whether a window belongs to the chosen
// day, what the transport costs, and the order of the stops of a day's route.
import { formatAddress, postcodeSchema } from "@/lib/be/address";
import { weekdayOf } from "@/lib/be/working-days";

export const HANDOVERS = ["DEPOT", "DELIVERY"] as const;
export type Handover = (typeof HANDOVERS)[number];

/** Delivery is offered when at least one chosen item is one the technical service delivers. */
export function deliveryPossible(items: readonly { deliverable: boolean }[]): boolean {
  return items.some((i) => i.deliverable);
}

/** The address is in the area served: its postcode is one of the municipality's. */
export function inDeliveryArea(postcode: string, area: readonly string[]): boolean {
  return area.includes(postcode.trim());
}

export type PostcodeList = { postcodes: string[] } | { invalid: string } | { empty: true };

/**
 * The area as staff type it ("8750, 8755" or "8750 8755"): separated by commas, semicolons or
 * spaces, each a Belgian postcode, duplicates dropped, in the order typed. The first entry that
 * is not a postcode is returned (cut to 20 characters) so the message can name it.
 */
export function parsePostcodes(text: string): PostcodeList {
  const entries = text.split(/[\s,;]+/).filter((e) => e !== "");
  if (entries.length === 0) return { empty: true };
  const invalid = entries.find((e) => !postcodeSchema.safeParse(e).success);
  if (invalid !== undefined) return { invalid: invalid.slice(0, 20) };
  return { postcodes: [...new Set(entries)] };
}

/** A window (or depot slot) is one of the weekday of the date it is chosen for. */
export function windowOnDay(window: { isoWeekday: number }, dateKey: string): boolean {
  return window.isoWeekday === weekdayOf(dateKey);
}

/** One price per delivered loan (bringing and collecting); nothing when picked up at the depot. */
export function transportCost(handover: Handover, deliveryCents: number): number {
  return handover === "DELIVERY" ? Math.max(deliveryCents, 0) : 0;
}

export type RouteStop = {
  id: string;
  position: number | null;
  postcode: string | null;
  street: string | null;
  houseNumber: string | null;
};

const houseNumberValue = (n: string | null) => Number.parseInt(n ?? "", 10) || 0;

/**
 * The route: the stops staff placed first, by their position; the others after them by postcode,
 * street and house number (a sensible default before anyone planned the day).
 */
export function routeOrder<S extends RouteStop>(stops: readonly S[]): S[] {
  return [...stops].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      (a.postcode ?? "").localeCompare(b.postcode ?? "") ||
      (a.street ?? "").localeCompare(b.street ?? "", "nl-BE") ||
      houseNumberValue(a.houseNumber) - houseNumberValue(b.houseNumber) ||
      a.id.localeCompare(b.id),
  );
}

export type DeliveryColumns = {
  delivery: boolean;
  deliveryStreet: string | null;
  deliveryHouseNumber: string | null;
  deliveryBox: string | null;
  deliveryPostcode: string | null;
  deliveryCity: string | null;
};

/** "Kerkstraat 3, 8750 Wingene" for a delivered loan whose address is still there, else null. */
export function deliveryAddressText(loan: DeliveryColumns): string | null {
  const { deliveryStreet: street, deliveryHouseNumber: houseNumber, deliveryPostcode: postcode } = loan;
  if (!loan.delivery || !street || !houseNumber || !postcode) return null;
  return formatAddress({
    street,
    houseNumber,
    box: loan.deliveryBox,
    postcode,
    city: loan.deliveryCity ?? "",
  });
}
