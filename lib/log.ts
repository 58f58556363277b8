// The one way server code writes to the log. Logs go to the hosting platform and to whoever reads
// it, so nothing personal goes in: e-mail addresses, phone numbers, IBANs, national register numbers
// and secrets in links are replaced, and of an error only its kind, code, a redacted message and the
// stack frames are written, never its other fields (a PostgreSQL error's `detail` names the value
// that clashed; an SMTP error's `rejected` lists the addresses; Prisma's message quotes the call's
// arguments, so of that only the first and the last line, which name the call and the reason).
// tests/unit/log/log.test.ts proves the redaction; tests/unit/log/no-console.test.ts that server
// code logs through here.

const REDACTIONS: [RegExp, string][] = [
  // Secrets and addresses in links first: "token=…", "email=marie%40example.be".
  [/\b(token|code|email|key|secret|password)=[^&\s"'<>]+/gi, "$1=[verborgen]"],
  [/[\w.%+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi, "[e-mailadres]"],
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, "[rekeningnummer]"],
  [/\b\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}\.?\d{2}\b/g, "[rijksregisternummer]"],
  [/(?:\+|\b00)32[ ./-]?\d(?:[ ./-]?\d){7,8}\b|\b0[1-9](?:[ ./-]?\d){7,8}\b/g, "[telefoonnummer]"],
];

export function redact(text: string): string {
  return REDACTIONS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; stack?: unknown; cause?: unknown };

function messageOf(e: ErrorLike): string {
  const lines = String(e.message ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const prisma = typeof e.name === "string" && e.name.startsWith("PrismaClient");
  const kept = prisma && lines.length > 2 ? [lines[0], lines[lines.length - 1]] : lines;
  return redact(kept.join(" … "));
}

/** An error as one redacted text: kind, code, message, stack frames, and the same of its cause. */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error) && (typeof error !== "object" || error === null))
    return redact(String(error));
  const e = error as ErrorLike;
  const code = typeof e.code === "string" || typeof e.code === "number" ? ` (${e.code})` : "";
  const frames =
    typeof e.stack === "string"
      ? e.stack
          .split("\n")
          .filter((l) => l.trim().startsWith("at "))
          .map((l) => `\n    ${redact(l.trim())}`)
          .join("")
      : "";
  const cause = e.cause !== undefined && depth < 2 ? `\n  oorzaak: ${describeError(e.cause, depth + 1)}` : "";
  return `${String(e.name ?? "Error")}${code}: ${messageOf(e)}${frames}${cause}`;
}

export function logInfo(scope: string, message: string): void {
  console.log(`[${scope}] ${redact(message)}`);
}

export function logWarning(scope: string, message: string): void {
  console.warn(`[${scope}] ${redact(message)}`);
}

export function logError(scope: string, message: string, error?: unknown): void {
  console.error(`[${scope}] ${redact(message)}${error === undefined ? "" : `: ${describeError(error)}`}`);
}

/**
 * Without SMTP (the demo, the tests) the console is the demo's inbox: the sign-in link is printed
 * whole, with its address and token, so someone trying the portal can sign in. With SMTP_URL set
 * this is never called.
 */
export function printDemoSignInLink(address: string, url: string): void {
  console.log(`[mail] Aanmeldlink voor ${address}: ${url}`);
}
