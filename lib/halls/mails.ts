// Mails to the person who requested a hall booking. Queued inside the caller's transaction,
// delivered after commit (lib/mail/outbox).
import { appUrl } from "@/lib/app-url";
import { formatEuro } from "@/lib/be/money";
import { formatLongDate } from "@/lib/be/time";
import type { Db, Tx } from "@/lib/db/client";
import { deliverMail, queueMail } from "@/lib/mail/outbox";

export type BookingForMail = {
  hallName: string;
  startsAt: Date;
  slotLabel: string;
  priceCents: number;
  depositCents: number;
  to: string;
  name: string | null;
};

function body(b: BookingForMail, lines: string[]): string {
  return [
    `Beste ${b.name ?? "aanvrager"},`,
    "",
    `Zaal: ${b.hallName}`,
    `Wanneer: ${formatLongDate(b.startsAt)}, ${b.slotLabel}`,
    `Huurprijs: ${formatEuro(b.priceCents)} · waarborg: ${formatEuro(b.depositCents)}`,
    "",
    ...lines,
    "",
    `Je reservaties: ${appUrl("/mijn/zalen")}`,
    "",
    "Met vriendelijke groeten,\nDienst vrije tijd, gemeente Wingene",
  ].join("\n");
}

export async function queueHallMail(tx: Tx | Db, b: BookingForMail, subject: string, lines: string[]) {
  return queueMail(tx, { to: b.to, subject, text: body(b, lines) });
}

export async function deliverAll(db: Db, ids: string[]): Promise<void> {
  for (const id of ids) await deliverMail(db, id);
}
