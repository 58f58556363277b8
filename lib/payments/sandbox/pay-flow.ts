// The sandbox's hosted checkout page as a request handler: GET shows what is to be paid and the
// choices, POST carries out the buyer's choice and sends them back to the portal, as Stripe does.
import type http from "node:http";
import { decodeStripeForm } from "./form";
import type { Ledger } from "./ledger";
import { renderMessagePage, renderPayPage } from "./pay-page";
import type { CheckoutSession, PayMethod } from "./types";

type PayFlowParts = {
  ledger: Ledger;
  settle(session: CheckoutSession, method: PayMethod): Promise<{ followUp: Promise<void> }>;
  track<T>(promise: Promise<T>): Promise<T>;
  payPageBase(): string;
  demo: boolean;
};

export function createPayPage({ ledger, settle, track, payPageBase, demo }: PayFlowParts) {
  return async function payPage(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    id: string,
    body: string,
  ): Promise<void> {
    const page = (status: number, html: string) => {
      res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      res.end(html);
    };
    const message = (status: number, title: string, text: string) =>
      page(status, renderMessagePage(title, text, demo));
    const redirect = (location: string) => void res.writeHead(303, { Location: location }).end();
    let session: CheckoutSession;
    try {
      session = ledger.payableSession(id);
    } catch (error) {
      return message(ledger.sessions.has(id) ? 409 : 404, "Betaling niet mogelijk", (error as Error).message);
    }
    if (req.method === "GET") {
      const { items } = ledger.sessions.get(id)!;
      const { amount_total: amountTotal, currency, payment_method_types: methods } = session;
      const action = new URL(`${payPageBase()}/${encodeURIComponent(id)}`).pathname;
      return page(200, renderPayPage({ action, items, amountTotal, currency, methods, demo }));
    }
    const choice = decodeStripeForm(body).action;
    if (choice === "cancel") {
      if (session.cancel_url) return redirect(session.cancel_url);
      return message(200, "Betaling geannuleerd", "U kunt dit venster sluiten.");
    }
    if (choice !== "card" && choice !== "bancontact" && choice !== "bancontact_fails")
      return message(400, "Betaling niet mogelijk", "Onbekende keuze.");
    try {
      ledger.payableSession(id, choice);
    } catch (error) {
      return message(409, "Betaling niet mogelijk", (error as Error).message);
    }
    // Waiting for the first webhook before redirecting keeps end-to-end tests deterministic:
    // the portal has heard of the payment when the buyer lands back on it.
    const { followUp } = await settle(session, choice);
    track(followUp);
    if (session.success_url) return redirect(session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", id));
    message(200, "Betaling ontvangen", "U kunt dit venster sluiten.");
  };
}
