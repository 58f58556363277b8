// Mails about orders, queued in the outbox and delivered after the transaction that caused them.
import { appUrl } from "@/lib/app-url";
import { formatEuro } from "@/lib/be/money";
import { db } from "@/lib/db";
import { deliverMail, queueMail } from "@/lib/mail/outbox";

export function orderPageUrl(accessToken: string): string {
  return appUrl(`/bestelling/${accessToken}`);
}

/** A walk-in buyer without an e-mail address took printed tickets: there is nobody to mail. */
async function send(to: string | null, subject: string, text: string) {
  if (!to) return;
  const id = await queueMail(db, { to, subject, text });
  await deliverMail(db, id);
}

export async function sendOrderPaid(orderId: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  const municipality = await db.municipality.findUnique({ where: { id: 1 } });
  const lines = order.lines.map(
    (l) => `- ${l.quantity} × ${l.description} (${l.tariffLabel}): ${formatEuro(l.totalCents)}`,
  );
  if (!order.lines.some((l) => l.itemType === "ticket")) {
    // No tickets (e.g. a hall booking): confirm the payment only.
    await send(
      order.buyerEmail,
      `Betaling ontvangen - bestelling ${order.number}`,
      [
        `Beste ${order.buyerName},`,
        "",
        `We ontvingen je betaling van ${formatEuro(order.totalCents)} voor bestelling ${order.number}:`,
        ...lines,
        "",
        orderPageUrl(order.accessToken),
        "",
        `Met vriendelijke groeten,\n${municipality?.name ?? "De gemeente"}`,
      ].join("\n"),
    );
    return;
  }
  await send(
    order.buyerEmail,
    `Je tickets - bestelling ${order.number}`,
    [
      `Beste ${order.buyerName},`,
      "",
      `We ontvingen je betaling van ${formatEuro(order.totalCents)} voor bestelling ${order.number}:`,
      ...lines,
      "",
      "Je tickets met QR-code staan klaar op deze pagina (ook om af te drukken):",
      orderPageUrl(order.accessToken),
      "",
      "Of als PDF om af te drukken:",
      `${orderPageUrl(order.accessToken)}/tickets.pdf`,
      "",
      "Toon de QR-code aan de ingang, op je gsm of op papier.",
      "",
      `Met vriendelijke groeten,\n${municipality?.name ?? "De gemeente"}`,
    ].join("\n"),
  );
}

export async function sendOrderRefunded(orderId: string, reason: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  await send(
    order.buyerEmail,
    `Terugbetaling - bestelling ${order.number}`,
    `Beste ${order.buyerName},\n\n${reason}\nWe betaalden ${formatEuro(order.totalCents)} terug op de rekening of kaart waarmee je betaalde. Het kan enkele werkdagen duren voor je het ziet.\n\nOnze excuses voor het ongemak.`,
  );
}
