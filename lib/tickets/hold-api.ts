// The JSON API for holding tickets (kiosks, the load benchmark): the same rules and the same
// command as the reservation form, with JSON in and out. Anonymous like the web form, so the body
// is capped before it is parsed and nothing of a failure is echoed back but Dutch messages.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/result";
import { AppError, ERROR_CODES, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { reserveTickets } from "./commands";
import { completeFreeOrder } from "./free-orders";
import { reservationSchema } from "./schema";
import { ticketMessages } from "./messages";
import { logError } from "@/lib/log";

/** A hold request is a few hundred bytes; anything near this is not a buyer. */
const HOLD_BODY_LIMIT_BYTES = 4 * 1024;
const MAX_TICKET_TYPES = 20;

const HOLD_MESSAGES = {
  tooLarge: "Dit verzoek is te groot.",
  notJson: "Stuur de gegevens als JSON (Content-Type: application/json).",
  badJson: "De gegevens zijn geen geldige JSON.",
  shape: "Stuur een JSON-object met performanceId, buyerName, buyerEmail en quantities.",
  busy: "Het is nu erg druk. Er is niets voor je vastgehouden; probeer het over enkele seconden opnieuw.",
} as const;

const QTY = "Kies een aantal van 0 tot 10.";

/**
 * The JSON envelope (Dutch messages for missing or mistyped fields), parsed further by the form's
 * `reservationSchema` (quantities as the form posts them: strings), so the rules live in one place.
 */
const holdRequestSchema = z
  .object(
    {
      performanceId: z
        .string({ error: "Kies een voorstelling." })
        .min(1, "Kies een voorstelling.")
        .max(40, ticketMessages.performanceNotFound),
      buyerName: z.string({ error: "Vul je naam in." }),
      buyerEmail: z.string({ error: "Vul een geldig e-mailadres in; je tickets komen daar toe." }),
      quantities: z
        .record(z.string().min(1).max(40, "Onbekend tickettype."), z.number({ error: QTY }), {
          error: ticketMessages.chooseOneTicket,
        })
        .refine((q) => Object.keys(q).length <= MAX_TICKET_TYPES, "Te veel tickettypes in één bestelling."),
    },
    { error: HOLD_MESSAGES.shape },
  )
  .transform(({ quantities, ...buyer }) => ({
    ...buyer,
    quantities: Object.fromEntries(Object.entries(quantities).map(([id, n]) => [id, String(n)])),
  }));

export type HoldResponse = {
  orderNumber: string;
  token: string;
  expiresAt: string | null;
  totalCents: number;
};

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Prisma's "unable to start a transaction in the given time" (all pool connections busy). */
function isPoolTimeout(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "P2028" &&
    /unable to start a transaction/i.test(String((error as { message?: unknown }).message))
  );
}

/** Reads at most `limit` bytes of the body; null when it is larger. */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function handleHoldRequest(request: Request): Promise<Response> {
  try {
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) return json({ error: HOLD_MESSAGES.notJson }, 415);
    const text = await readCapped(request, HOLD_BODY_LIMIT_BYTES);
    if (text === null) return json({ error: HOLD_MESSAGES.tooLarge }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json({ error: HOLD_MESSAGES.badJson }, 400);
    }
    const envelope = holdRequestSchema.safeParse(body);
    const parsed = envelope.success ? reservationSchema.safeParse(envelope.data) : envelope;
    if (!parsed.success) {
      // Keyed like the JSON (`quantities.<typeId>`); the order as a whole under `quantities`.
      const errors = fieldErrorsOf(parsed.error);
      const error = errors.quantities?.[0] ?? errors._form?.[0] ?? ERROR_CODES.INVALID_INPUT.message;
      return json({ error, fieldErrors: errors }, 400);
    }
    const order = await reserveTickets(parsed.data, {
      userId: null,
      address: clientAddress(request.headers),
    });
    // Like the web form: a free order is confirmed from the mail before it counts.
    await completeFreeOrder(order, null);
    const created: HoldResponse = {
      orderNumber: order.number,
      token: order.accessToken,
      expiresAt: order.expiresAt?.toISOString() ?? null,
      totalCents: order.totalCents,
    };
    return json(created, 201);
  } catch (error) {
    if (error instanceof AppError) return json({ error: error.message }, error.status);
    if (isPoolTimeout(error)) {
      // Overload, not a bug: no connection came free in time, so nothing was held.
      return Response.json(
        { error: HOLD_MESSAGES.busy },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "2" } },
      );
    }
    const reference = randomUUID().slice(0, 8);
    logError("tickets/hold", `fout ${reference}`, error);
    return json({ error: `${GENERIC_ERROR_MESSAGE} (referentie ${reference})` }, 500);
  }
}
