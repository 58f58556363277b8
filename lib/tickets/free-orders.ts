// What happens to a ticket order that costs nothing. Someone signed in ordering for their own
// address proved it when the sign-in link reached them; everyone else confirms from the mail
// (lib/payments/confirm-by-mail.ts), so nobody takes free seats with addresses they do not read.
import "server-only";
import { askMailConfirmation } from "@/lib/payments/confirm-by-mail";
import { settle } from "@/lib/payments/settle";

export async function completeFreeOrder(
  order: { id: string; totalCents: number; buyerEmail: string | null },
  signedInEmail: string | null,
): Promise<void> {
  if (order.totalCents !== 0) return;
  if (signedInEmail && order.buyerEmail === signedInEmail.toLowerCase())
    await settle(order.id, { method: "FREE", amountCents: 0 }, "Gratis tickets");
  else await askMailConfirmation(order.id);
}
