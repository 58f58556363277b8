// A day's route of the technical service: the delivered loans brought out (their delivery day) or
// fetched back (their collection day), in route order (the places staff set, then postcode and
// street), with address, window, items and the borrower's phone. Staff only (loans:manage).
import "server-only";
import { db } from "@/lib/db";
import { deliveryAddressText, routeOrder } from "../delivery";
import { withShownStatus } from "./mine";

export type Route = "DELIVERY" | "COLLECTION";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function dayRoute(dateKey: string, route: Route) {
  const loans = await db.loan.findMany({
    where:
      route === "DELIVERY"
        ? {
            delivery: true,
            pickupDate: asDate(dateKey),
            status: { in: ["RESERVED", "CONFIRMED", "HANDED_OUT"] },
          }
        : { delivery: true, returnDate: asDate(dateKey), status: { in: ["HANDED_OUT", "RETURNED"] } },
    include: {
      lines: { include: { item: { select: { name: true, unitSingular: true, unitPlural: true } } } },
      association: { select: { name: true } },
      user: { select: { phone: true } },
      pickupSlot: true,
      returnSlot: true,
    },
  });
  const stops = (await withShownStatus(loans))
    .map((l) => ({
      ...l,
      window: route === "DELIVERY" ? l.pickupSlot : l.returnSlot,
      address: deliveryAddressText(l),
      phone: l.user?.phone ?? null,
      position: route === "DELIVERY" ? l.deliveryRoutePosition : l.collectionRoutePosition,
      postcode: l.deliveryPostcode,
      street: l.deliveryStreet,
      houseNumber: l.deliveryHouseNumber,
    }))
    .filter((l) => l.shown !== "LAPSED");
  return routeOrder(stops);
}

export type RouteStopView = Awaited<ReturnType<typeof dayRoute>>[number];
