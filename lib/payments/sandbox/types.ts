// The objects the Stripe sandbox hands out, typed as the subset of Stripe's fields it models.
// The real SDK parses them into its own types; tests read them through the control API.
import type { IncomingMessage, ServerResponse } from "node:http";

export type CheckoutSession = {
  id: string;
  object: "checkout.session";
  mode: "payment";
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid";
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  customer_details: { email: string | null } | null;
  metadata: Record<string, string>;
  allowed_payment_method_types: string[] | null;
  payment_method_types: string[];
  locale: string | null;
  payment_intent: string | null;
  success_url: string | null;
  cancel_url: string | null;
  /** Like Stripe: only set while the session can still be paid. */
  url: string | null;
  expires_at: number;
  created: number;
  livemode: false;
};

export type PaymentIntent = {
  id: string;
  object: "payment_intent";
  status: "processing" | "succeeded" | "requires_payment_method";
  amount: number;
  currency: string;
};

export type Refund = {
  id: string;
  object: "refund";
  status: "succeeded";
  amount: number;
  currency: string;
  payment_intent: string;
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
};

export type SandboxEvent = {
  id: string;
  object: "event";
  type: string;
  api_version: string;
  created: number;
  data: { object: CheckoutSession };
  livemode: false;
  pending_webhooks: 1;
  request: { id: null; idempotency_key: null };
};

/** One webhook delivery attempt; status 0 means it never got an HTTP answer. */
export type Delivery = { event: SandboxEvent; status: number; body: string };

export type PayMethod = "card" | "bancontact" | "bancontact_fails";

export type StripeSandboxOptions = {
  webhookUrl?: string;
  webhookSecret: string;
  /** Delay before an asynchronous Bancontact payment succeeds or fails; 300 ms by default. */
  asyncDelayMs?: number;
  /** Where browsers reach the hosted page (the demo: on the portal's own origin); `<baseUrl>/pay` by default. */
  payPageBase?: string;
  /** The demo: every page the sandbox shows says that nothing is really paid. */
  demo?: boolean;
};

export type StripeSandbox = {
  baseUrl: string;
  sdkOptions: { host: string; port: number; protocol: "http" };
  /** The hosted page for one session, for a server that serves it on its own origin. */
  servePayPage(req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void>;
  setWebhookUrl(url: string): void;
  sessions(): CheckoutSession[];
  refunds(): Refund[];
  deliveries(): Delivery[];
  /** Pays as the hosted page does, and resolves once every resulting webhook was delivered. */
  pay(sessionId: string, method: PayMethod): Promise<void>;
  expireSession(sessionId: string): Promise<void>;
  /** Re-delivers an earlier event unchanged (same id), as Stripe does on a retry. Returns the HTTP status. */
  resend(eventId: string): Promise<number>;
  /** Sends a new event of any type with the session as it is now, e.g. to test out-of-order delivery. */
  sendEvent(type: string, sessionId: string): Promise<number>;
  /** Resolves once webhooks started by API calls or the pay page (they run in the background) are done. */
  settled(): Promise<void>;
  close(): Promise<void>;
};
