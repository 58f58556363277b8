"use server";
// The depot's entry points (permission loans:manage): lend at the desk for a resident (paid there,
// by transfer or by invoice to a recognised association), hand out, take back, settle the deposit,
// and set the order of a day's delivery or collection route.
// Each guards itself and audits through its command.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { handOut, settleLoanDeposit, takeBack } from "./commands/depot";
import { lendAtDesk } from "./commands/desk-loan";
import { saveRouteOrder } from "./commands/route";
import { deskLoanSchema, handOutSchema, loanIdSchema, routeOrderSchema, takeBackSchema } from "./schema";

const staff = () => requireStaff("loans:manage");
const base = "/beheer/uitleendienst";

export const deskLoanAction = formAction({
  schema: deskLoanSchema,
  guard: staff,
  run: async (input, actor) => {
    const loanId = await lendAtDesk(input, actor.userId);
    revalidatePath(base);
    redirect(`${base}/${loanId}?gedaan=geleend`);
  },
});

export const handOutAction = formAction({
  schema: handOutSchema,
  guard: staff,
  run: async ({ loanId, given }, actor) => {
    await handOut(loanId, given, actor.userId);
    revalidatePath(base, "layout");
    redirect(`${base}/${loanId}?gedaan=meegegeven`);
  },
});

export const takeBackAction = formAction({
  schema: takeBackSchema,
  guard: staff,
  run: async ({ loanId, ...counts }, actor) => {
    await takeBack(loanId, counts, actor.userId);
    revalidatePath(base, "layout");
    redirect(`${base}/${loanId}?gedaan=teruggenomen`);
  },
});

export const settleDepositAction = formAction({
  schema: loanIdSchema,
  guard: staff,
  run: async ({ loanId }, actor) => {
    await settleLoanDeposit(loanId, actor.userId);
    revalidatePath(base, "layout");
    redirect(`${base}/${loanId}?gedaan=afgerekend`);
  },
});

export const routeOrderAction = formAction({
  schema: routeOrderSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveRouteOrder(input, actor.userId);
    revalidatePath(base);
    const anchor = input.route === "DELIVERY" ? "leveringen" : "ophalingen";
    redirect(`${base}?dag=${input.day}&route=bewaard#${anchor}`);
  },
});
