// The basket form (items and quantities for a period, pick-up and return moments, for whom), shared
// by the browser (form kit) and the server actions. What only the server knows (stock, lead time,
// slots of that weekday, membership, the category's prices) is checked in commands/prepare.ts,
// which answers with a FieldError on the field concerned.
import { z } from "zod";
import { optionalAddressSchema } from "@/lib/forms/address";
import { calendarDate, checkbox, oneOf, optionalText, requiredText, wholeNumber } from "@/lib/forms/fields";
import { HANDOVERS } from "./delivery";
import { lendingMessages } from "./messages";

const MAX_QUANTITY = 9999;

const quantity = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? "0" : v))
  .pipe(wholeNumber({ min: 0, max: MAX_QUANTITY, message: lendingMessages.quantity }));

const id = (message: string) => requiredText(message, { max: 40 });

const slotId = optionalText({ max: 40 }).transform((v) => v ?? "");

// Picked up at the depot (pick-up and return slot) or delivered by the technical service (an
// address, a delivery and a collection window); the dates are the loan period either way.
const basketFields = {
  quantities: z.record(z.string().max(40), quantity),
  handover: z
    .string()
    .optional()
    .transform((v) => v || "DEPOT")
    .pipe(oneOf(HANDOVERS, "Kies afhalen in het depot of laten leveren.")),
  pickupDate: calendarDate("Kies een ophaaldatum."),
  pickupSlotId: slotId,
  returnDate: calendarDate("Kies een terugbrengdatum."),
  returnSlotId: slotId,
  delivery: optionalAddressSchema(),
  deliverySlotId: slotId,
  collectionSlotId: slotId,
  borrowFor: id("Kies voor wie je leent."),
};

// Borrowed for an event dossier of the borrower (`?dossier=` from the dossier or the event wizard):
// carried as a hidden field through the review page; the request links the loan to it in its own
// transaction after checking it is the borrower's own open dossier (lib/events/dossier.ts).
const forEvent = { dossier: optionalText({ max: 40 }) };

type BasketShape = {
  quantities: Record<string, number>;
  handover: string;
  pickupDate: string;
  returnDate: string;
  pickupSlotId: string;
  returnSlotId: string;
  delivery: unknown;
  deliverySlotId: string;
  collectionSlotId: string;
};

function checkMoments(input: BasketShape, ctx: z.RefinementCtx) {
  const need = (value: string | unknown, path: string, message: string) => {
    if (!value) ctx.addIssue({ code: "custom", path: path.split("."), message });
  };
  if (input.handover === "DEPOT") {
    need(input.pickupSlotId, "pickupSlotId", lendingMessages.chooseSlot);
    need(input.returnSlotId, "returnSlotId", lendingMessages.chooseSlot);
    return;
  }
  need(input.delivery, "delivery.street", lendingMessages.addressForDelivery);
  need(input.deliverySlotId, "deliverySlotId", lendingMessages.chooseDeliveryWindow);
  need(input.collectionSlotId, "collectionSlotId", lendingMessages.chooseCollectionWindow);
}

function checkBasket(input: BasketShape, ctx: z.RefinementCtx) {
  const keys = Object.keys(input.quantities);
  if (!Object.values(input.quantities).some((q) => q > 0))
    ctx.addIssue({
      code: "custom",
      path: keys.length ? ["quantities", keys[0]!] : ["quantities"],
      message: lendingMessages.nothingChosen,
    });
  if (input.returnDate < input.pickupDate)
    ctx.addIssue({
      code: "custom",
      path: ["returnDate"],
      message:
        input.handover === "DELIVERY"
          ? lendingMessages.collectionBeforeDelivery
          : lendingMessages.returnBeforePickup,
    });
  checkMoments(input, ctx);
}

/**
 * Without JavaScript the delivery fields are on screen whatever is chosen: a depot loan ignores
 * what was typed in them instead of asking to complete an address it does not need.
 */
function ignoreAddressForDepot(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || (raw as { handover?: unknown }).handover === "DELIVERY")
    return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => key !== "delivery"));
}

export const basketSchema = z.preprocess(
  ignoreAddressForDepot,
  z.object({ ...basketFields, ...forEvent }).superRefine(checkBasket),
);
type ParsedBasket = z.output<typeof basketSchema>;
type DeliveryKeys = "handover" | "delivery" | "deliverySlotId" | "collectionSlotId" | "dossier";
/** A depot loan may leave the delivery fields and the dossier out (commands called from code: desk, tests). */
export type BasketInput = Omit<ParsedBasket, DeliveryKeys> & Partial<Pick<ParsedBasket, DeliveryKeys>>;

/** How a loan is paid: online or by transfer on the order page, or by invoice (recognised associations). */
export const LOAN_PAYMENTS = ["ONLINE", "INVOICE"] as const;

/** The review page's button: the same basket, the conditions accepted and how it is paid. */
export const confirmLoanSchema = z.preprocess(
  ignoreAddressForDepot,
  z
    .object({
      ...basketFields,
      ...forEvent,
      acceptConditions: checkbox(),
      payment: z
        .string()
        .optional()
        .transform((v) => v || "ONLINE")
        .pipe(oneOf(LOAN_PAYMENTS, "Kies hoe je betaalt.")),
    })
    .superRefine((input, ctx) => {
      checkBasket(input, ctx);
      if (!input.acceptConditions)
        ctx.addIssue({
          code: "custom",
          path: ["acceptConditions"],
          message: lendingMessages.acceptConditions,
        });
    }),
);

/** At the desk: paid there, by transfer, or by invoice (an officer of a recognised association). */
export const DESK_PAYMENTS = ["DESK_CASH", "DESK_CARD", "TRANSFER", "INVOICE"] as const;

/** Staff at the desk: the basket plus the resident it is for and how they pay. */
export const deskLoanSchema = z.preprocess(
  ignoreAddressForDepot,
  z
    .object({
      ...basketFields,
      residentId: id(lendingMessages.residentNotFound),
      payment: oneOf(DESK_PAYMENTS, "Kies hoe de inwoner betaalt."),
    })
    .superRefine(checkBasket),
);
export type DeskLoanInput = z.output<typeof deskLoanSchema>;

export const loanIdSchema = z.object({ loanId: id(lendingMessages.loanNotFound) });

const count = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "0" : v))
    .pipe(wholeNumber({ min: 0, max: MAX_QUANTITY, message }));

/** Hand-out at the depot: the quantity actually given per line. */
export const handOutSchema = z.object({
  loanId: id(lendingMessages.loanNotFound),
  given: z.record(z.string().max(40), count(lendingMessages.quantity)),
});

/** Take-back: per line how many came back fine, damaged or not at all. */
export const takeBackSchema = z.object({
  loanId: id(lendingMessages.loanNotFound),
  returned: z.record(z.string().max(40), count(lendingMessages.quantity)),
  damaged: z.record(z.string().max(40), count(lendingMessages.quantity)),
  missing: z.record(z.string().max(40), count(lendingMessages.quantity)),
  note: z.string().trim().max(500).optional(),
});

/** The basket as search parameters: the review page is an address, like every step before a write. */
export function basketToSearch(input: BasketInput): string {
  const params = new URLSearchParams({
    handover: input.handover ?? "DEPOT",
    pickupDate: input.pickupDate,
    returnDate: input.returnDate,
    borrowFor: input.borrowFor,
  });
  const moments =
    input.handover === "DELIVERY"
      ? { deliverySlotId: input.deliverySlotId ?? "", collectionSlotId: input.collectionSlotId ?? "" }
      : { pickupSlotId: input.pickupSlotId, returnSlotId: input.returnSlotId };
  for (const [key, value] of Object.entries(moments)) params.set(key, value);
  if (input.handover === "DELIVERY" && input.delivery)
    for (const [part, value] of Object.entries(input.delivery))
      if (value) params.set(`delivery.${part}`, value);
  for (const [itemId, q] of Object.entries(input.quantities))
    if (q > 0) params.set(`quantities.${itemId}`, String(q));
  if (input.dossier) params.set("dossier", input.dossier);
  return params.toString();
}

const ADDRESS_PARTS = ["street", "houseNumber", "box", "postcode", "city"] as const;

/** Reads the review page's search parameters back into the form's shape (strings, as posted). */
export function searchToBasket(query: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const quantities: Record<string, string> = {};
  for (const [key, value] of Object.entries(query))
    if (key.startsWith("quantities.")) quantities[key.slice("quantities.".length)] = one(value);
  const delivery = Object.fromEntries(ADDRESS_PARTS.map((p) => [p, one(query[`delivery.${p}`])]));
  return {
    quantities,
    handover: one(query.handover),
    pickupDate: one(query.pickupDate),
    pickupSlotId: one(query.pickupSlotId),
    returnDate: one(query.returnDate),
    returnSlotId: one(query.returnSlotId),
    delivery,
    deliverySlotId: one(query.deliverySlotId),
    collectionSlotId: one(query.collectionSlotId),
    borrowFor: one(query.borrowFor),
    dossier: one(query.dossier),
  };
}

/** Which route of a day: the deliveries or the collections. */
export const ROUTES = ["DELIVERY", "COLLECTION"] as const;

const routePosition = z
  .string()
  .max(20, lendingMessages.routePosition)
  .optional()
  .transform((v) => (v ?? "").trim())
  .pipe(z.union([z.literal(""), wholeNumber({ min: 1, max: 999, message: lendingMessages.routePosition })]))
  .transform((v) => (v === "" ? null : v));

/** Staff set the order of a day's stops: a place per loan; empty places follow by postcode and street. */
export const routeOrderSchema = z.object({
  day: calendarDate("Kies een dag."),
  route: oneOf(ROUTES, "Kies de leveringen of de ophalingen."),
  positions: z.record(z.string().max(40), routePosition),
});
export type RouteOrderInput = z.output<typeof routeOrderSchema>;
