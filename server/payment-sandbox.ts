// The demo's payment sandbox in the portal's own process: the Stripe sandbox (lib/payments/sandbox)
// on a loopback port for the SDK, its hosted checkout page served on the portal's origin under
// SANDBOX_PAY_PATH, and its webhooks signed with a secret made at start. The portal's payment code
// is the production one: it reads the keys and the API base set here, exactly as it reads Stripe's.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Env } from "@/lib/env";
import { sandboxRefusal } from "@/lib/payments/sandbox/guard";
import { startStripeSandbox } from "@/lib/payments/sandbox/server";

export const SANDBOX_PAY_PATH = "/demo-betaling/";

// Long enough to see "we verwerken je betaling" after choosing Bancontact, short enough to wait for.
const BANCONTACT_CONFIRMS_AFTER_MS = 3_000;

export type SandboxPayPage = {
  serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): Promise<void>;
};

/** Starts the sandbox when PAYMENT_SANDBOX=1; throws the refusal when it may not run here. */
export async function startPaymentSandbox(
  e: Pick<Env, "PAYMENT_SANDBOX" | "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "PUBLIC_URL">,
  port: number,
): Promise<SandboxPayPage | null> {
  if (e.PAYMENT_SANDBOX !== "1") return null;
  const refusal = sandboxRefusal(e);
  if (refusal) throw new Error(refusal);
  const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`;
  const sandbox = await startStripeSandbox({
    webhookSecret,
    webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook`,
    payPageBase: `${e.PUBLIC_URL}${SANDBOX_PAY_PATH.slice(0, -1)}`,
    asyncDelayMs: BANCONTACT_CONFIRMS_AFTER_MS,
    demo: true,
  });
  // Read by Next's copy of lib/env in this process (it parses the environment on first use).
  process.env.STRIPE_SECRET_KEY = "sk_test_sandbox";
  process.env.STRIPE_WEBHOOK_SECRET = webhookSecret;
  process.env.STRIPE_API_BASE = sandbox.baseUrl;
  return {
    serve: (req, res) => {
      const id = decodeURIComponent(
        new URL(req.url ?? "/", "http://x").pathname.slice(SANDBOX_PAY_PATH.length),
      );
      return sandbox.servePayPage(req, res, id);
    },
    close: () => sandbox.close(),
  };
}
