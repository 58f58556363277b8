// Dutch words for the payment core's enums, shared by resident and staff pages.
import type { OrderStatus, PaymentMethod } from "@/generated/prisma/enums";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: "Wacht op betaling",
  PAID: "Betaald",
  CANCELLED: "Geannuleerd",
  EXPIRED: "Vervallen",
  REFUNDED: "Terugbetaald",
};

/** Short, for a column in a list of orders. */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  STRIPE: "online",
  TRANSFER: "overschrijving",
  DESK_CASH: "cash",
  DESK_CARD: "terminal",
  FREE: "gratis",
  INVOICE: "factuur",
};

/** Where an invoice stands, in words (never colour alone). */
export const INVOICE_STATE_LABELS = {
  open: "Open",
  overdue: "Vervallen, niet betaald",
  paid: "Betaald",
  void: "Geannuleerd",
} as const;

/** The filters of the staff invoice list (?status=). */
export const INVOICE_FILTER_LABELS = {
  open: "Open",
  vervallen: "Vervallen",
  betaald: "Betaald",
} as const;

/** In full, for staff choosing how a buyer at the desk pays. */
export const DESK_SALE_METHOD_LABELS: Record<
  Extract<PaymentMethod, "DESK_CASH" | "DESK_CARD" | "TRANSFER">,
  string
> = {
  DESK_CASH: "Cash aan de balie",
  DESK_CARD: "Betaalterminal (Bancontact/kaart)",
  TRANSFER: "Overschrijving (gestructureerde mededeling)",
};
