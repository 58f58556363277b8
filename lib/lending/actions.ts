"use server";
// Entry points of the uitleendienst for residents and association officers: review the basket
// (nothing stored), confirm (the loan and its order), cancel. Each parses with the form's schema
// and guards itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ownOpenDossier } from "@/lib/events/dossier";
import { dossierReturnHref } from "@/lib/events/request-links";
import { cancelLoan } from "./commands/cancel";
import { prepareLoan } from "./commands/prepare";
import { requestLoan } from "./commands/request";
import { basketSchema, basketToSearch, confirmLoanSchema, loanIdSchema } from "./schema";

export const reviewLoan = formAction({
  schema: basketSchema,
  guard: () => requireUser("/uitlenen"),
  run: async (input, actor) => {
    await prepareLoan(db, input, actor.userId);
    redirect(`/uitlenen/nakijken?${basketToSearch(input)}`);
  },
});

export const confirmLoan = formAction({
  schema: confirmLoanSchema,
  guard: () => requireUser("/uitlenen"),
  // The schema already refused a post without the conditions accepted.
  run: async (input, actor) => {
    const { loanId, order } = await requestLoan(
      input,
      { userId: actor.userId },
      { invoice: input.payment === "INVOICE" },
    );
    revalidatePath("/mijn/uitleningen");
    // Borrowed for an event: back to the dossier or the wizard step, which list the loan and link to paying it.
    const dossier = input.dossier ? await ownOpenDossier(input.dossier, actor.userId) : null;
    if (dossier) redirect(dossierReturnHref(dossier, { kind: "loan", id: loanId }));
    redirect(`/bestelling/${order.accessToken}`);
  },
});

export const cancelMyLoan = formAction({
  schema: loanIdSchema,
  guard: () => requireUser("/mijn/uitleningen"),
  run: async ({ loanId }, actor) => {
    await cancelLoan(loanId, { userId: actor.userId });
    revalidatePath("/mijn/uitleningen");
    redirect(`/mijn/uitleningen/${loanId}?geannuleerd=1`);
  },
});
