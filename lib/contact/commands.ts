// The online contact form: the message goes to the municipality's mailbox, the sender gets a
// confirmation. Both through the outbox, in one transaction with the audit entry.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { contactForwardMail, contactReceiptMail } from "./mails";
import type { ContactInput } from "./schema";

export async function sendContactMessage(input: ContactInput, actorId: string | null): Promise<void> {
  const ids = await transaction(db, async (tx) => {
    const municipality = await tx.municipality.findUniqueOrThrow({
      where: { id: 1 },
      select: { email: true },
    });
    const forward = await queueMail(tx, contactForwardMail(municipality.email, input));
    const receipt = await queueMail(tx, contactReceiptMail(input));
    await recordAudit(tx, {
      actorId,
      action: "contact.sent",
      subjectType: "MailMessage",
      subjectId: forward,
    });
    return [forward, receipt];
  });
  await deliverQueued(db, ids);
}
