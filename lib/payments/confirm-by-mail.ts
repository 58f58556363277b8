// Free orders placed online are confirmed from the buyer's mailbox before they count as paid.
// Without this, a free tariff let one client take every seat of a show in two requests with any
// address. The order page's own token cannot serve: it was shown to whoever ordered. So a second
// secret goes only into the mail; only its SHA-256 is stored.
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued } from "@/lib/mail/outbox";
import { confirmFreeOrderMail } from "./mails";
import { paymentMessages } from "./messages";
import { queueOrderMail } from "./notifications";
import { settle } from "./settle";

const hashOf = (code: string) => createHash("sha256").update(code).digest();

/** Mails the buyer of a free, pending order the link that confirms it. */
export async function askMailConfirmation(orderId: string): Promise<void> {
  const code = randomBytes(20).toString("base64url");
  const mailId = await transaction(db, async (tx) => {
    const order = await tx.order.update({
      where: { id: orderId },
      data: { confirmHash: hashOf(code).toString("hex") },
      select: { accessToken: true, expiresAt: true },
    });
    const url = appUrl(`/bestelling/${order.accessToken}/bevestigen?code=${code}`);
    return queueOrderMail(tx, orderId, (o) => confirmFreeOrderMail(o, url, order.expiresAt ?? new Date()));
  });
  await deliverQueued(db, [mailId]);
}

/** Confirms a free order with the code from its mail; a wrong code, or a lapsed order, is refused. */
export async function confirmByMail(accessToken: string, code: string): Promise<void> {
  const order = await db.order.findUnique({
    where: { accessToken },
    select: { id: true, confirmHash: true, totalCents: true },
  });
  const stored = order?.confirmHash ? Buffer.from(order.confirmHash, "hex") : null;
  if (!order || !stored || order.totalCents !== 0 || !timingSafeEqual(stored, hashOf(code)))
    throw new AppError("NOT_FOUND", paymentMessages.confirmLinkInvalid);
  const outcome = await settle(order.id, { method: "FREE", amountCents: 0 }, "Gratis, bevestigd via e-mail");
  if (outcome !== "paid" && outcome !== "already-paid")
    throw new AppError("CONFLICT", paymentMessages.confirmTooLate);
}
