// When the demo's payment sandbox may run. A real deployment that lacks Stripe keys must never fake
// payments: the sandbox refuses to start beside Stripe keys, and on any address other than this
// machine's own (a demo is looked at on localhost; a portal residents can reach is not a demo).
import type { Env } from "@/lib/env";

type SandboxEnv = Pick<Env, "PAYMENT_SANDBOX" | "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "PUBLIC_URL">;

/** This machine only: a demo is looked at on localhost (also used by the demo register). */
export const isLoopbackHost = (host: string) =>
  host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);

/** Why the sandbox may not run with this environment, in Dutch; null when it may (or is off). */
export function sandboxRefusal(e: SandboxEnv): string | null {
  if (e.PAYMENT_SANDBOX !== "1") return null;
  if (e.STRIPE_SECRET_KEY || e.STRIPE_WEBHOOK_SECRET)
    return "PAYMENT_SANDBOX=1 samen met Stripe-sleutels: een installatie met sleutels betaalt nooit in de oefenkassa. Verwijder PAYMENT_SANDBOX of de sleutels.";
  const host = new URL(e.PUBLIC_URL).hostname;
  if (!isLoopbackHost(host))
    return `PAYMENT_SANDBOX=1 kan alleen op een lokaal adres (localhost, 127.0.0.1), niet op ${e.PUBLIC_URL}: een bereikbaar loket mag geen betalingen nabootsen.`;
  return null;
}
