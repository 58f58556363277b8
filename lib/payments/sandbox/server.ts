// The Stripe sandbox: a Stripe-compatible server on loopback for the demo and the tests. These
// machines cannot reach api.stripe.com, and a newcomer's demo has no keys, so the portal's real
// Stripe SDK is pointed here (`host`, `port`, `protocol`) and every payment still goes through the
// portal's real payment code. It implements the calls the portal makes (create, retrieve and
// expire a Checkout Session; create a refund) with Stripe's idempotency and error shapes, a hosted
// checkout page that works without JavaScript, and signed webhooks. The demo serves that page on
// the portal's own origin (server/payment-sandbox.ts); tests steer and inspect it through the
// returned control object. Never a production path: see lib/payments/sandbox/guard.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { decodeStripeForm, FormError } from "./form";
import { IdempotencyStore } from "./idempotency";
import { createLedger, newId, nowSeconds } from "./ledger";
import { StripeApiError } from "./params";
import { createPayPage } from "./pay-flow";
import type { CheckoutSession, Delivery, SandboxEvent, StripeSandbox, StripeSandboxOptions } from "./types";
import { postWebhook } from "./webhooks";

export type * from "./types";

const copy = <T>(value: T): T => structuredClone(value);

export const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });

export async function startStripeSandbox(options: StripeSandboxOptions): Promise<StripeSandbox> {
  const asyncDelayMs = options.asyncDelayMs ?? 300;
  let webhookUrl = options.webhookUrl;
  let baseUrl = "";
  const payPageBase = () => options.payPageBase ?? `${baseUrl}/pay`;
  const ledger = createLedger((id) => `${payPageBase()}/${id}`);
  const events = new Map<string, SandboxEvent>();
  const deliveries: Delivery[] = [];
  const idempotency = new IdempotencyStore();
  const pending = new Set<Promise<unknown>>();
  const timers = new Map<NodeJS.Timeout, () => void>();

  async function deliver(event: SandboxEvent): Promise<number> {
    const { status, body } = webhookUrl
      ? await postWebhook(webhookUrl, options.webhookSecret, event)
      : { status: 0, body: "no webhook URL configured" };
    deliveries.push({ event, status, body });
    return status;
  }

  function emit(type: string, session: CheckoutSession): Promise<number> {
    const event: SandboxEvent = {
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

  /**
   * The buyer pays. Card settles at once; Bancontact completes unpaid ("processing") and settles
   * later, as the real bank flow does. Resolves after the first webhook; `followUp` after the rest.
   */
  async function settle(session: CheckoutSession, method: "card" | "bancontact" | "bancontact_fails") {
    const intent = ledger.complete(session, method);
    await emit("checkout.session.completed", session);
    if (method === "card") return { followUp: Promise.resolve() };
    const followUp = later(async () => {
      const succeeded = method === "bancontact";
      ledger.confirmAsync(session, intent, succeeded);
      await emit(`checkout.session.async_payment_${succeeded ? "succeeded" : "failed"}`, session);
    });
    return { followUp };
  }

  function route(method: string, path: string, params: ReturnType<typeof decodeStripeForm>): object {
    const match = path.match(/^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/);
    if (method === "POST" && path === "/v1/checkout/sessions") return ledger.createSession(params);
    if (method === "GET" && match && !match[2]) return ledger.retrieveSession(match[1], params.expand);
    if (method === "POST" && match?.[2]) {
      const session = ledger.markExpired(match[1]);
      // Stripe answers first and sends the webhook afterwards; the caller may hold locks the
      // webhook handler needs, so delivering before answering could deadlock the portal.
      track(
        new Promise((resolve) => setImmediate(resolve)).then(() => emit("checkout.session.expired", session)),
      );
      return session;
    }
    if (method === "POST" && path === "/v1/refunds") return ledger.createRefund(params);
    throw new StripeApiError(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  /** Authentication, idempotency and error rendering around `route`. */
  function api(req: http.IncomingMessage, url: URL, body: string) {
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
      return { status: 200, json, replayed: false };
    } catch (error) {
      const apiError = error instanceof FormError ? new StripeApiError(400, error.message) : error;
      if (!(apiError instanceof StripeApiError)) throw error;
      return { status: apiError.status, json: JSON.stringify(apiError.body), replayed: false };
    }
  }

  const payPage = createPayPage({ ledger, settle, track, payPageBase, demo: options.demo ?? false });

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
      // A bug in the sandbox, not in the caller: say so loudly, in Stripe's shape.
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({ error: { type: "api_error", message: `Stripe sandbox failed: ${String(error)}` } }),
      );
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    sdkOptions: { host: "127.0.0.1", port, protocol: "http" },
    servePayPage: async (req, res, id) => payPage(req, res, id, await readBody(req)),
    setWebhookUrl: (url) => void (webhookUrl = url),
    sessions: () => [...ledger.sessions.values()].map(({ session }) => copy(session)),
    refunds: () => copy(ledger.refunds),
    deliveries: () => copy(deliveries),
    async pay(sessionId, method) {
      const { followUp } = await settle(ledger.payableSession(sessionId, method), method);
      await followUp;
    },
    async expireSession(sessionId) {
      await emit("checkout.session.expired", ledger.markExpired(sessionId));
    },
    async resend(eventId) {
      const event = events.get(eventId);
      if (!event) throw new Error(`Unknown event ${eventId}`);
      return deliver(event);
    },
    sendEvent: async (type, sessionId) => emit(type, ledger.findSession(sessionId).session),
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

/** The real SDK, pointed at the sandbox; no retries, so a failing call fails the test at once. */
export function sandboxClient(sandbox: Pick<StripeSandbox, "sdkOptions">): Stripe {
  return new Stripe("sk_test_sandbox", { ...sandbox.sdkOptions, maxNetworkRetries: 0, telemetry: false });
}
