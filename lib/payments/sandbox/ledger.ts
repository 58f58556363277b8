// What the Stripe sandbox remembers: Checkout Sessions, payment intents and refunds, in memory, with
// the state changes Stripe makes (open → complete/expired, processing → succeeded/failed, part
// refunds up to what was paid). The HTTP side (server.ts) turns calls and clicks into these.
import { randomBytes } from "node:crypto";
import type { FormObject } from "./form";
import { integer, invalid, type LineItem, missing, readCheckoutParams, StripeApiError, text } from "./params";
import type { CheckoutSession, PaymentIntent, PayMethod, Refund } from "./types";

export const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;
export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function createLedger(payPageUrl: (sessionId: string) => string) {
  const sessions = new Map<string, { session: CheckoutSession; items: LineItem[] }>();
  const intents = new Map<string, { intent: PaymentIntent; refunded: number; charge: string }>();
  const refunds: Refund[] = [];

  function findSession(id: string) {
    const found = sessions.get(id);
    if (!found)
      throw new StripeApiError(404, `No such checkout.session: '${id}'`, {
        code: "resource_missing",
        param: "id",
      });
    return found;
  }

  function createSession(params: FormObject): CheckoutSession {
    const created = nowSeconds();
    const p = readCheckoutParams(params, created);
    const total = p.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
    const id = newId("cs_test_");
    const session: CheckoutSession = {
      id,
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_subtotal: total,
      amount_total: total,
      currency: p.currency,
      client_reference_id: p.clientReferenceId,
      customer_email: p.customerEmail,
      customer_details: null,
      metadata: p.metadata,
      allowed_payment_method_types: p.allowedMethods,
      payment_method_types: p.methods,
      locale: p.locale,
      payment_intent: null,
      success_url: p.successUrl,
      cancel_url: p.cancelUrl,
      url: payPageUrl(id),
      expires_at: p.expiresAt,
      created,
      livemode: false,
    };
    sessions.set(id, { session, items: p.lineItems });
    return session;
  }

  function retrieveSession(id: string, expand: FormObject[string] | undefined) {
    const { session } = findSession(id);
    const paths = expand === undefined ? [] : Array.isArray(expand) ? expand : [expand];
    const unknown = paths.find((path) => path !== "payment_intent");
    if (unknown !== undefined)
      throw invalid("expand", `This property cannot be expanded (${String(unknown)}) by the Stripe sandbox.`);
    if (paths.length === 0 || !session.payment_intent) return session;
    return { ...session, payment_intent: intents.get(session.payment_intent)!.intent };
  }

  function markExpired(id: string): CheckoutSession {
    const { session } = findSession(id);
    if (session.status !== "open")
      throw new StripeApiError(
        400,
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${session.status}\`.`,
      );
    Object.assign(session, { status: "expired", url: null });
    return session;
  }

  /** A session the buyer may still pay, or a plain Error for the pay page and the control API. */
  function payableSession(id: string, method?: PayMethod): CheckoutSession {
    const session = sessions.get(id)?.session;
    if (!session) throw new Error(`Onbekende betaalsessie ${id}.`);
    if (session.status !== "open")
      throw new Error(`Deze betaalsessie is niet meer open (${session.status}).`);
    const type = method === "card" ? "card" : "bancontact";
    if (method && !session.payment_method_types.includes(type))
      throw new Error(`Betaalmethode ${type} is niet toegelaten voor deze sessie.`);
    return session;
  }

  /** The buyer paid: card is paid at once; Bancontact completes unpaid ("processing"). */
  function complete(session: CheckoutSession, method: PayMethod): PaymentIntent {
    const intent: PaymentIntent = {
      id: newId("pi_"),
      object: "payment_intent",
      status: method === "card" ? "succeeded" : "processing",
      amount: session.amount_total,
      currency: session.currency,
    };
    intents.set(intent.id, { intent, refunded: 0, charge: newId("ch_") });
    Object.assign(session, {
      status: "complete",
      url: null,
      payment_intent: intent.id,
      payment_status: method === "card" ? "paid" : "unpaid",
      customer_details: { email: session.customer_email },
    });
    return intent;
  }

  /** The bank's later answer on an asynchronous (Bancontact) payment. */
  function confirmAsync(session: CheckoutSession, intent: PaymentIntent, succeeded: boolean) {
    intent.status = succeeded ? "succeeded" : "requires_payment_method";
    if (succeeded) session.payment_status = "paid";
  }

  function createRefund(params: FormObject): Refund {
    const intentId = text(params.payment_intent, "payment_intent");
    if (!intentId) throw missing("payment_intent");
    const state = intents.get(intentId);
    if (!state) throw invalid("payment_intent", `No such payment_intent: '${intentId}'`, "resource_missing");
    if (state.intent.status !== "succeeded")
      throw invalid(
        "payment_intent",
        `This PaymentIntent (${intentId}) does not have a successful charge to refund.`,
        "payment_intent_unexpected_state",
      );
    const remaining = state.intent.amount - state.refunded;
    if (remaining === 0)
      throw invalid(
        "payment_intent",
        `Charge ${state.charge} has already been refunded.`,
        "charge_already_refunded",
      );
    const amount = params.amount === undefined ? remaining : integer(params.amount, "amount");
    if (amount < 1 || amount > remaining)
      throw invalid(
        "amount",
        `Refund amount must be between 1 and the unrefunded ${remaining}.`,
        "amount_too_large",
      );
    const reason = text(params.reason, "reason");
    if (reason && !["duplicate", "fraudulent", "requested_by_customer"].includes(reason))
      throw invalid("reason", `Invalid reason: ${reason}`);
    state.refunded += amount;
    const refund: Refund = {
      id: newId("re_"),
      object: "refund",
      status: "succeeded",
      amount,
      currency: state.intent.currency,
      payment_intent: intentId,
      reason,
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      created: nowSeconds(),
    };
    refunds.push(refund);
    return refund;
  }

  return {
    sessions,
    refunds,
    findSession,
    createSession,
    retrieveSession,
    markExpired,
    payableSession,
    complete,
    confirmAsync,
    createRefund,
  };
}

export type Ledger = ReturnType<typeof createLedger>;
