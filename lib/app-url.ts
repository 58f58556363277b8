// The portal's public base URL for links in e-mails and payment return addresses.
import { env } from "@/lib/env";

export function appUrl(path = "/"): string {
  const e = env();
  const base = e.APP_URL ?? e.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
