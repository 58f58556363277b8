// The only reader of process.env: validated once, typed everywhere else.
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL moet een postgresql://-adres zijn" }),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET moet minstens 32 tekens lang zijn"),
  AUTH_URL: optional,
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
  // Only for tests: the local fake Stripe server (e.g. http://127.0.0.1:4010).
  STRIPE_API_BASE: optional,
  // The portal's public address, for links in e-mails and Stripe's return URLs.
  APP_URL: optional,
  // Sign-in links per 15 minutes, per e-mail address and per client address (lib/auth/sign-in-rate.ts).
  SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  JOBS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

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
  return cached;
}

export function oidcConfigured(e: Env = env()): boolean {
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
}

export function stripeConfigured(e: Env = env()): boolean {
  return Boolean(e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET);
}
