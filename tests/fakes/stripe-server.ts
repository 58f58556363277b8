// A fake Stripe on loopback for tests: these machines cannot reach api.stripe.com, so the portal's
// real Stripe SDK is pointed here (`host`, `port`, `protocol`). It implements the four calls the
// portal makes (create, retrieve and expire a Checkout Session; create a refund) with Stripe's
// idempotency and error shapes, a hosted checkout page at /pay/:id that works without JavaScript,
// and signed webhook events. Tests steer it and inspect it through the returned control object.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { decodeStripeForm, FormError, type FormObject } from "./stripe-form";
import { IdempotencyStore } from "./stripe-idempotency";
import {
  invalid,
  integer,
  type LineItem,
  missing,
  readCheckoutParams,
  StripeApiError,
  text,
} from "./stripe-params";
import { renderMessagePage, renderPayPage } from "./stripe-pay-page";
import type {
  CheckoutSession,
  Delivery,
  FakeEvent,
  FakeStripe,
  FakeStripeOptions,
  PaymentIntent,
  PayMethod,
  Refund,
} from "./stripe-types";
import { postWebhook } from "./stripe-webhooks";

export type * from "./stripe-types";

const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const copy = <T>(value: T): T => structuredClone(value);

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const asyncDelayMs = options.asyncDelayMs ?? 300;
  let webhookUrl = options.webhookUrl;
  let baseUrl = "";
  const sessions = new Map<string, { session: CheckoutSession; items: LineItem[] }>();
  const intents = new Map<string, { intent: PaymentIntent; refunded: number; charge: string }>();
  const refunds: Refund[] = [];
  const events = new Map<string, FakeEvent>();
  const deliveries: Delivery[] = [];
  const idempotency = new IdempotencyStore();
  const pending = new Set<Promise<unknown>>();
  const timers = new Map<NodeJS.Timeout, () => void>();

  // ---- Webhooks -------------------------------------------------------------------------------

  async function deliver(event: FakeEvent): Promise<number> {
    const { status, body } = webhookUrl
      ? await postWebhook(webhookUrl, options.webhookSecret, event)
      : { status: 0, body: "no webhook URL configured" };
    deliveries.push({ event, status, body });
    return status;
  }

  function emit(type: string, session: CheckoutSession): Promise<number> {
    const event: FakeEvent = {
      id: newId("evt_"),
      object: "event",
      type,
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: { object: copy(session) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
    events.set(event.id, event);
    return deliver(event);
  }

  /** Background work that `settled()` waits for. */
  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
    return promise;
  }

  /** Runs `work` after the async delay; `close()` cancels it (and resolves the wait). */
  function later(work: () => Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        void work().finally(resolve);
      }, asyncDelayMs);
      timers.set(timer, resolve);
    });
  }

  // ---- Checkout Sessions ----------------------------------------------------------------------

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
      url: `${baseUrl}/pay/${id}`,
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
      throw invalid(
        "expand",
        `This property cannot be expanded (${String(unknown)}) by the fake Stripe server.`,
      );
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

  /**
   * The buyer pays. Card settles at once; Bancontact completes unpaid ("processing") and settles
   * later, as the real bank flow does. Resolves after the first webhook; `followUp` after the rest.
   */
  async function settle(session: CheckoutSession, method: PayMethod): Promise<{ followUp: Promise<void> }> {
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
    await emit("checkout.session.completed", session);
    if (method === "card") return { followUp: Promise.resolve() };
    const followUp = later(async () => {
      if (method === "bancontact") {
        intent.status = "succeeded";
        session.payment_status = "paid";
        await emit("checkout.session.async_payment_succeeded", session);
      } else {
        intent.status = "requires_payment_method";
        await emit("checkout.session.async_payment_failed", session);
      }
    });
    return { followUp };
  }

  // ---- Refunds --------------------------------------------------------------------------------

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

  // ---- HTTP: the API --------------------------------------------------------------------------

  function route(method: string, path: string, params: FormObject): object {
    const match = path.match(/^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/);
    if (method === "POST" && path === "/v1/checkout/sessions") return createSession(params);
    if (method === "GET" && match && !match[2]) return retrieveSession(match[1], params.expand);
    if (method === "POST" && match?.[2]) {
      const session = markExpired(match[1]);
      // Stripe answers first and sends the webhook afterwards; the caller may hold locks the
      // webhook handler needs, so delivering before answering could deadlock the portal.
      track(
        new Promise((resolve) => setImmediate(resolve)).then(() => emit("checkout.session.expired", session)),
      );
      return session;
    }
    if (method === "POST" && path === "/v1/refunds") return createRefund(params);
    throw new StripeApiError(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  /** Authentication, idempotency and error rendering around `route`. */
  function api(
    req: http.IncomingMessage,
    url: URL,
    body: string,
  ): { status: number; json: string; replayed?: true } {
    const method = req.method ?? "GET";
    const endpoint = `${method} ${url.pathname}`;
    const encoded = method === "GET" ? url.search.slice(1) : body;
    const key = method === "POST" ? req.headers["idempotency-key"]?.toString() : undefined;
    try {
      const auth = req.headers.authorization ?? "";
      if (!auth.startsWith("Bearer sk_"))
        throw new StripeApiError(
          401,
          `Invalid API Key provided: ${auth.replace(/^Bearer /, "") || "(none)"}`,
        );
      const saved = key ? idempotency.replay(key, endpoint, encoded) : undefined;
      if (saved) return { status: 200, json: saved, replayed: true };
      const json = JSON.stringify(route(method, url.pathname, decodeStripeForm(encoded)));
      if (key) idempotency.save(key, endpoint, encoded, json);
      return { status: 200, json };
    } catch (error) {
      const apiError = error instanceof FormError ? new StripeApiError(400, error.message) : error;
      if (!(apiError instanceof StripeApiError)) throw error;
      return { status: apiError.status, json: JSON.stringify(apiError.body) };
    }
  }

  // ---- HTTP: the hosted checkout page ---------------------------------------------------------

  async function payPage(req: http.IncomingMessage, res: http.ServerResponse, id: string, body: string) {
    const page = (status: number, html: string) => {
      res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      res.end(html);
    };
    const redirect = (location: string) => (res.writeHead(303, { Location: location }), res.end());
    let session: CheckoutSession;
    try {
      session = payableSession(id);
    } catch (error) {
      return page(
        sessions.has(id) ? 409 : 404,
        renderMessagePage("Betaling niet mogelijk", (error as Error).message),
      );
    }
    if (req.method === "GET") {
      const { items } = sessions.get(id)!;
      const { amount_total: amountTotal, currency, payment_method_types: methods } = session;
      return page(200, renderPayPage({ sessionId: id, items, amountTotal, currency, methods }));
    }
    const action = decodeStripeForm(body).action;
    if (action === "cancel") {
      if (session.cancel_url) return redirect(session.cancel_url);
      return page(200, renderMessagePage("Betaling geannuleerd", "U kunt dit venster sluiten."));
    }
    if (action !== "card" && action !== "bancontact" && action !== "bancontact_fails")
      return page(400, renderMessagePage("Betaling niet mogelijk", "Onbekende keuze."));
    try {
      payableSession(id, action);
    } catch (error) {
      return page(409, renderMessagePage("Betaling niet mogelijk", (error as Error).message));
    }
    // Waiting for the first webhook before redirecting keeps end-to-end tests deterministic:
    // the portal has heard of the payment when the buyer lands back on it.
    const { followUp } = await settle(session, action);
    track(followUp);
    if (session.success_url) return redirect(session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", id));
    page(200, renderMessagePage("Betaling ontvangen", "U kunt dit venster sluiten."));
  }

  // ---- Server and control API -----------------------------------------------------------------

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let data = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (data += chunk));
      req.on("end", () => resolve(data));
      req.on("error", reject);
    });

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", baseUrl);
      const body = await readBody(req);
      if (url.pathname.startsWith("/pay/"))
        return await payPage(req, res, decodeURIComponent(url.pathname.slice("/pay/".length)), body);
      const { status, json, replayed } = api(req, url, body);
      res.writeHead(status, {
        "Content-Type": "application/json",
        "Request-Id": newId("req_"),
        "Stripe-Version": req.headers["stripe-version"] ?? Stripe.API_VERSION,
        ...(req.headers["idempotency-key"] ? { "Idempotency-Key": req.headers["idempotency-key"] } : {}),
        ...(replayed ? { "Idempotent-Replayed": "true" } : {}),
      });
      res.end(json);
    } catch (error) {
      // A bug in the fake, not in the caller: say so loudly, in Stripe's shape.
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({ error: { type: "api_error", message: `Fake Stripe failed: ${String(error)}` } }),
      );
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    sdkOptions: { host: "127.0.0.1", port, protocol: "http" },
    setWebhookUrl: (url) => void (webhookUrl = url),
    sessions: () => [...sessions.values()].map(({ session }) => copy(session)),
    refunds: () => copy(refunds),
    deliveries: () => copy(deliveries),
    async pay(sessionId, method) {
      const { followUp } = await settle(payableSession(sessionId, method), method);
      await followUp;
    },
    async expireSession(sessionId) {
      await emit("checkout.session.expired", markExpired(sessionId));
    },
    async resend(eventId) {
      const event = events.get(eventId);
      if (!event) throw new Error(`Unknown event ${eventId}`);
      return deliver(event);
    },
    sendEvent: async (type, sessionId) => emit(type, findSession(sessionId).session),
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    close() {
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The real SDK, pointed at the fake; no retries, so a failing call fails the test at once. */
export function fakeStripeClient(fake: Pick<FakeStripe, "sdkOptions">): Stripe {
  return new Stripe("sk_test_fake", { ...fake.sdkOptions, maxNetworkRetries: 0, telemetry: false });
}
