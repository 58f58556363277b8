// The only reader of process.env: validated once, typed everywhere else.
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const httpUrl = z.url({ protocol: /^https?$/, message: "moet een http(s)://-adres zijn" });

const fields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL moet een postgresql://-adres zijn" }),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET moet minstens 32 tekens lang zijn"),
  // The portal's public address (e.g. https://loket.wingene.be). PUBLIC_URL is the name; APP_URL and
  // AUTH_URL are read as older names. Every absolute link comes from it (lib/app-url.ts), never from a
  // request's Host or X-Forwarded-Host. Required in production; `npm start` sets its own local address.
  PUBLIC_URL: optional,
  APP_URL: optional,
  AUTH_URL: optional,
  PORT: z.string().default("3000"),
  // Reverse proxies whose X-Forwarded-For is believed: comma-separated IPs or CIDRs, none by default
  // (scripts/server/client-address.ts). Read by the portal's own server, listed here to be documented.
  TRUSTED_PROXIES: z.string().default(""),
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("Gemeente Wingene <noreply@wingene.be>"),
  MAILBOX_DIR: z.string().default(".data/mailbox"),
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().default("itsme of eID"),
  OIDC_SCOPE: z.string().default("openid profile email"),
  // Stripe Checkout (Bancontact and card). Without the two keys the portal offers transfer and paying at the desk.
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  // The Stripe sandbox's API on loopback (lib/payments/sandbox): set by the portal's server when the
  // sandbox runs, and by tests. Production leaves it unset and talks to Stripe.
  STRIPE_API_BASE: optional,
  // The demo's payment sandbox (server/payment-sandbox.ts): "1" serves a Stripe-compatible practice
  // checkout on the portal's own origin. `npm start` turns it on for the embedded demo database when
  // no Stripe keys are given; the server refuses it beside Stripe keys or on a public address.
  PAYMENT_SANDBOX: z.enum(["0", "1"]).optional(),
  // The population register (lib/register): its household endpoint and the bearer token the portal
  // sends. Both set: an attest of household composition is issued at once for a resident whose national
  // number staff verified. Unset: the register is "not available" and burgerzaken handle the request.
  POPULATION_REGISTER_URL: optional.pipe(httpUrl.optional()),
  POPULATION_REGISTER_TOKEN: optional,
  // The demo's practice register (server/demo-register.ts): "1" serves made-up households on
  // loopback and points the two variables above at it. `npm start` turns it on for the embedded demo
  // database when no register is configured; refused beside a real register or on a public address.
  POPULATION_REGISTER_DEMO: z.enum(["0", "1"]).optional(),
  // UiTdatabank (publiq's Entry API): publishing approved public events whose organiser agreed. All
  // five of URL, token URL, client id, secret and place set turn it on; else nothing is shown or tried.
  // UITDATABANK_PLACE_ID is the UiTdatabank place an event on the public domain is published at;
  // UITDATABANK_PUBLIC_BASE the address an event's public page starts with (its id follows).
  UITDATABANK_ENTRY_URL: optional.pipe(httpUrl.optional()),
  UITDATABANK_TOKEN_URL: optional.pipe(httpUrl.optional()),
  UITDATABANK_CLIENT_ID: optional,
  UITDATABANK_CLIENT_SECRET: optional,
  UITDATABANK_PLACE_ID: optional,
  UITDATABANK_PUBLIC_BASE: z.string().default("https://www.uitinvlaanderen.be/agenda/e/evenement"),
  // Sign-in links per 15 minutes, per e-mail address and per client address (lib/auth/sign-in-rate.ts).
  SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  // Server processes on the one port (server/cluster.ts): Node runs JavaScript on one core per
  // process, so set it to the machine's cores. 1 (the default) serves from a single process.
  SERVER_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  JOBS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

const schema = fields
  .superRefine((e, ctx) => {
    const url = e.PUBLIC_URL ?? e.APP_URL ?? e.AUTH_URL;
    if (url === undefined) {
      if (e.NODE_ENV === "production")
        ctx.addIssue({
          code: "custom",
          path: ["PUBLIC_URL"],
          message: "verplicht in productie: het publieke adres van het loket, bv. https://loket.wingene.be",
        });
      return;
    }
    if (!httpUrl.safeParse(url).success)
      ctx.addIssue({ code: "custom", path: ["PUBLIC_URL"], message: "moet een http(s)://-adres zijn" });
  })
  .transform((e) => ({
    ...e,
    // Outside production a missing address falls back to this machine's port (dev and tests).
    PUBLIC_URL: new URL(e.PUBLIC_URL ?? e.APP_URL ?? e.AUTH_URL ?? `http://localhost:${e.PORT}`).origin,
  }));

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed environment; throws one readable error listing every problem. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Ongeldige omgevingsvariabelen:\n${problems}`);
  }
  cached = parsed.data;
  // Auth.js builds its callback and e-mail links from process.env.AUTH_URL when it is set, and from the
  // request's (forwarded) host otherwise. Pinning it to the public URL means no request shapes a link.
  process.env.AUTH_URL = cached.PUBLIC_URL;
  return cached;
}

export function oidcConfigured(e: Env = env()): boolean {
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
}

/** Payments go to the demo's practice checkout, not to a bank (pages say so). */
export function paymentSandboxOn(e: Env = env()): boolean {
  return e.PAYMENT_SANDBOX === "1";
}

export function stripeConfigured(e: Env = env()): boolean {
  return Boolean(e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET);
}

/** The population register's address and token, or null when the portal has no register. */
export function populationRegisterConfig(e: Env = env()): { url: string; token: string } | null {
  if (!e.POPULATION_REGISTER_URL || !e.POPULATION_REGISTER_TOKEN) return null;
  return { url: e.POPULATION_REGISTER_URL, token: e.POPULATION_REGISTER_TOKEN };
}

export type UitdatabankConfig = {
  entryUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  placeId: string;
  publicBase: string;
};

/** UiTdatabank's Entry API and the portal's client credentials, or null when publishing is off. */
export function uitdatabankConfig(e: Env = env()): UitdatabankConfig | null {
  const { UITDATABANK_ENTRY_URL: entryUrl, UITDATABANK_TOKEN_URL: tokenUrl } = e;
  const { UITDATABANK_CLIENT_ID: clientId, UITDATABANK_CLIENT_SECRET: clientSecret } = e;
  const placeId = e.UITDATABANK_PLACE_ID;
  if (!entryUrl || !tokenUrl || !clientId || !clientSecret || !placeId) return null;
  return { entryUrl, tokenUrl, clientId, clientSecret, placeId, publicBase: e.UITDATABANK_PUBLIC_BASE };
}
