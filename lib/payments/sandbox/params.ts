// Parameter checks and errors for the Stripe sandbox. It rejects what the real API would reject
// in the parameters the portal sends, so a wrong call fails in tests, not in production.
// Parameters the sandbox does not model are accepted and ignored.
import type { FormObject, FormValue } from "./form";

/** An API error, rendered as Stripe's `{ error: { type, message, code, param } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { code?: string; param?: string; type?: string } = {},
  ) {
    super(message);
  }

  get body() {
    const { type = "invalid_request_error", code, param } = this.details;
    return { error: { type, message: this.message, code, param } };
  }
}

export type LineItem = { name: string; quantity: number; unitAmount: number };

export type CheckoutParams = {
  lineItems: LineItem[];
  currency: string;
  allowedMethods: string[] | null;
  methods: string[];
  customerEmail: string | null;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  successUrl: string | null;
  cancelUrl: string | null;
  expiresAt: number;
  locale: string | null;
};

/** The payment methods the sandbox can simulate; Stripe offers more, the portal uses these. */
export const FAKE_METHODS = ["bancontact", "card"];

export const invalid = (param: string, message: string, code?: string) =>
  new StripeApiError(400, message, { code, param });
export const missing = (param: string) =>
  new StripeApiError(400, `Missing required param: ${param}.`, { code: "parameter_missing", param });

export function text(value: FormValue | undefined, param: string): string | null {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw invalid(param, `Invalid string: ${param} must be a string.`);
  return value;
}

export function integer(value: FormValue | undefined, param: string): number {
  const raw = text(value, param);
  if (raw === null) throw missing(param);
  if (!/^-?\d+$/.test(raw)) throw invalid(param, `Invalid integer: ${raw}`, "parameter_invalid_integer");
  return Number(raw);
}

function url(value: FormValue | undefined, param: string): string | null {
  const raw = text(value, param);
  // `{CHECKOUT_SESSION_ID}` is allowed literally; Stripe substitutes it on redirect.
  if (raw !== null && !URL.canParse(raw.replace("{CHECKOUT_SESSION_ID}", "x")))
    throw invalid(param, "Not a valid URL", "url_invalid");
  return raw;
}

function object(value: FormValue | undefined, param: string): FormObject {
  if (value === undefined) throw missing(param);
  if (typeof value !== "object" || Array.isArray(value)) throw invalid(param, `Invalid object: ${param}`);
  return value;
}

function lineItem(value: FormValue, param: string): LineItem & { currency: string } {
  const item = object(value, param);
  if (item.price !== undefined)
    throw invalid(`${param}[price]`, "The Stripe sandbox only supports line items with price_data.");
  const priceData = object(item.price_data, `${param}[price_data]`);
  const name = text(object(priceData.product_data, `${param}[price_data][product_data]`).name, "name");
  if (!name) throw missing(`${param}[price_data][product_data][name]`);
  const currency = text(priceData.currency, `${param}[price_data][currency]`);
  if (!currency) throw missing(`${param}[price_data][currency]`);
  const unitAmount = integer(priceData.unit_amount, `${param}[price_data][unit_amount]`);
  const quantity = integer(item.quantity, `${param}[quantity]`);
  if (unitAmount < 0)
    throw invalid(`${param}[price_data][unit_amount]`, "This value must be greater than or equal to 0.");
  if (quantity < 1) throw invalid(`${param}[quantity]`, "This value must be greater than or equal to 1.");
  return { name, quantity, unitAmount, currency: currency.toLowerCase() };
}

export function readCheckoutParams(params: FormObject, now: number): CheckoutParams {
  // Removed in API version 2026-10-28.endive (stripe-node 23): `allowed_payment_method_types` replaces it.
  if (params.payment_method_types !== undefined)
    throw invalid(
      "payment_method_types",
      "Received unknown parameter: payment_method_types",
      "parameter_unknown",
    );
  const mode = text(params.mode, "mode");
  if (!mode) throw missing("mode");
  if (mode !== "payment")
    throw invalid("mode", `The Stripe sandbox only supports mode=payment, not ${mode}.`);

  if (!Array.isArray(params.line_items) || params.line_items.length === 0) throw missing("line_items");
  const items = params.line_items.map((item, i) => lineItem(item, `line_items[${i}]`));
  const currency = items[0].currency;
  if (items.some((i) => i.currency !== currency))
    throw invalid("line_items", "All line items must use the same currency.");

  const allowed = params.allowed_payment_method_types;
  if (allowed !== undefined && (!Array.isArray(allowed) || allowed.some((m) => typeof m !== "string")))
    throw invalid("allowed_payment_method_types", "Invalid array");
  const allowedMethods = allowed === undefined ? null : (allowed as string[]);
  const unsupported = allowedMethods?.find((m) => !FAKE_METHODS.includes(m));
  if (unsupported)
    throw invalid("allowed_payment_method_types", `The Stripe sandbox does not simulate ${unsupported}.`);
  if (allowedMethods?.includes("bancontact") && currency !== "eur")
    throw invalid(
      "allowed_payment_method_types",
      `The payment method type bancontact does not support ${currency}.`,
    );
  // Bancontact only takes euros; `card` takes everything.
  const methods = (allowedMethods ?? FAKE_METHODS).filter((m) => m !== "bancontact" || currency === "eur");

  // Stripe: "anywhere from 30 minutes to 24 hours after Checkout Session creation". A minute of
  // slack covers the clock moving between the caller computing it and this check.
  const expiresAt =
    params.expires_at === undefined ? now + 24 * 3600 : integer(params.expires_at, "expires_at");
  if (expiresAt < now + 30 * 60 - 60)
    throw invalid(
      "expires_at",
      "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
    );
  if (expiresAt > now + 24 * 3600)
    throw invalid(
      "expires_at",
      "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
    );

  const metadata = params.metadata === undefined ? {} : object(params.metadata, "metadata");
  for (const [key, value] of Object.entries(metadata))
    if (typeof value !== "string") throw invalid(`metadata[${key}]`, "Metadata values must be strings.");

  return {
    lineItems: items.map(({ name, quantity, unitAmount }) => ({ name, quantity, unitAmount })),
    currency,
    allowedMethods,
    methods,
    customerEmail: text(params.customer_email, "customer_email"),
    clientReferenceId: text(params.client_reference_id, "client_reference_id"),
    metadata: metadata as Record<string, string>,
    successUrl: url(params.success_url, "success_url"),
    cancelUrl: url(params.cancel_url, "cancel_url"),
    expiresAt,
    locale: text(params.locale, "locale"),
  };
}
