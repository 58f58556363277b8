import { describe, expect, it } from "vitest";
import {
  deliveryAddressText,
  deliveryPossible,
  inDeliveryArea,
  routeOrder,
  transportCost,
  windowOnDay,
} from "@/lib/lending/delivery";
import { lendingMessages } from "@/lib/lending/messages";
import { basketSchema, basketToSearch, searchToBasket } from "@/lib/lending/schema";

describe("delivery rules", () => {
  it("offers delivery only when at least one chosen item is deliverable", () => {
    expect(deliveryPossible([{ deliverable: false }, { deliverable: true }])).toBe(true);
    expect(deliveryPossible([{ deliverable: false }])).toBe(false);
    expect(deliveryPossible([])).toBe(false);
  });

  it("serves the municipality's postcodes only, spaces around the postcode ignored", () => {
    const area = ["8750", "8755"];
    expect(inDeliveryArea("8750", area)).toBe(true);
    expect(inDeliveryArea(" 8755 ", area)).toBe(true);
    expect(inDeliveryArea("8700", area)).toBe(false);
    expect(inDeliveryArea("8750", [])).toBe(false);
  });

  it("accepts a window only on its own weekday (2026-06-11 is a Thursday)", () => {
    expect(windowOnDay({ isoWeekday: 4 }, "2026-06-11")).toBe(true);
    expect(windowOnDay({ isoWeekday: 5 }, "2026-06-11")).toBe(false);
  });

  it("charges the transport price once for a delivery and nothing at the depot", () => {
    expect(transportCost("DELIVERY", 6000)).toBe(6000);
    expect(transportCost("DEPOT", 6000)).toBe(0);
    expect(transportCost("DELIVERY", -5)).toBe(0);
  });

  it("orders the route by the positions staff set, then by postcode, street and house number", () => {
    const stop = (
      id: string,
      position: number | null,
      postcode: string,
      street: string,
      houseNumber: string,
    ) => ({
      id,
      position,
      postcode,
      street,
      houseNumber,
    });
    const stops = [
      stop("a", null, "8755", "Bruggestraat", "2"),
      stop("b", null, "8750", "Kerkstraat", "10"),
      stop("c", null, "8750", "Kerkstraat", "9"),
      stop("d", 2, "8755", "Aalterstraat", "1"),
      stop("e", 1, "8750", "Zandstraat", "4"),
    ];
    expect(routeOrder(stops).map((s) => s.id)).toEqual(["e", "d", "c", "b", "a"]);
  });

  it("writes the delivery address, and nothing once it was removed or for a depot loan", () => {
    const loan = {
      delivery: true,
      deliveryStreet: "Kerkstraat",
      deliveryHouseNumber: "3",
      deliveryBox: null,
      deliveryPostcode: "8750",
      deliveryCity: "Wingene",
    };
    expect(deliveryAddressText(loan)).toBe("Kerkstraat 3, 8750 Wingene");
    expect(deliveryAddressText({ ...loan, deliveryStreet: null })).toBeNull();
    expect(deliveryAddressText({ ...loan, delivery: false })).toBeNull();
  });
});

describe("basket form with a delivery", () => {
  const base = {
    quantities: { item1: "4" },
    pickupDate: "2026-06-11",
    returnDate: "2026-06-15",
    borrowFor: "self",
  };
  const issues = (input: Record<string, unknown>) => {
    const parsed = basketSchema.safeParse(input);
    return parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("asks the address and both windows of a delivery, and no depot moments", () => {
    expect(issues({ ...base, handover: "DELIVERY" })).toEqual({
      "delivery.street": lendingMessages.addressForDelivery,
      deliverySlotId: lendingMessages.chooseDeliveryWindow,
      collectionSlotId: lendingMessages.chooseCollectionWindow,
    });
  });

  it("asks the depot moments when no choice was posted (the depot is the default)", () => {
    expect(issues(base)).toEqual({
      pickupSlotId: lendingMessages.chooseSlot,
      returnSlotId: lendingMessages.chooseSlot,
    });
  });

  it("ignores a half-typed delivery address when the depot is chosen (all fields show without JavaScript)", () => {
    const depot = { ...base, handover: "DEPOT", pickupSlotId: "p", returnSlotId: "r" };
    const typed = { ...depot, delivery: { street: "Kerkstraat" } };
    expect(issues(typed)).toEqual({});
    expect(basketSchema.parse(typed)).toMatchObject({ handover: "DEPOT", delivery: null });
    expect(
      issues({ ...typed, handover: "DELIVERY", deliverySlotId: "d", collectionSlotId: "c" }),
    ).toMatchObject({
      "delivery.houseNumber": "Vul het huisnummer in.",
    });
  });

  it("refuses a collection before the delivery with its own message", () => {
    const input = {
      ...base,
      handover: "DELIVERY",
      returnDate: "2026-06-10",
      delivery: { street: "Kerkstraat", houseNumber: "3", postcode: "8750", city: "Wingene" },
      deliverySlotId: "d",
      collectionSlotId: "c",
    };
    expect(issues(input)).toEqual({ returnDate: lendingMessages.collectionBeforeDelivery });
  });

  it("carries a delivery basket through the review page's address unchanged", () => {
    const input = basketSchema.parse({
      ...base,
      handover: "DELIVERY",
      delivery: { street: "Kerkstraat", houseNumber: "3", postcode: "8750", city: "Wingene" },
      deliverySlotId: "d",
      collectionSlotId: "c",
    });
    const query = Object.fromEntries(new URLSearchParams(basketToSearch(input)));
    expect(basketSchema.parse(searchToBasket(query))).toEqual(input);
    expect(query).not.toHaveProperty("pickupSlotId");
  });
});
