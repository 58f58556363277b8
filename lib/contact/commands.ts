// The online contact form: the message goes to the municipality's mailbox, the sender gets a
// confirmation. Both through the outbox, in one transaction with the audit entry.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { deliverMail, queueMail } from "@/lib/mail/outbox";
import { contactForwardMail, contactReceivedMail } from "@/lib/mail/templates";
import type { ContactInput } from "./schema";

export async function sendContactMessage(input: ContactInput, actorId: string | null): Promise<void> {
  const ids = await db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: 1 } });
    const forward = await queueMail(tx, contactForwardMail(municipality.email, input));
    const receipt = await queueMail(tx, contactReceivedMail(input.email, input.name, municipality.name));
    await recordAudit(tx, {
      actorId,
      action: "contact.sent",
      subjectType: "MailMessage",
      subjectId: forward,
    });
    return [forward, receipt];
  });
  // After commit: a failed delivery stays in the outbox and the job retries it.
  for (const id of ids) await deliverMail(db, id);
}
