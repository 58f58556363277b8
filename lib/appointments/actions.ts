"use server";
// Entry points for residents: book (with or without an account), and move or cancel through the
// personal link or from Mijn Wingene.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/rate-limit/client-address";
import {
  bookAppointment,
  cancelByToken,
  cancelOwnAppointment,
  moveOwnAppointment,
  rescheduleByToken,
} from "./commands";
import { checkGuestBookingRate } from "./guest-limits";
import {
  appointmentIdSchema,
  bookingSchema,
  manageTokenSchema,
  moveMineSchema,
  rescheduleSchema,
  signedInBookingSchema,
} from "./schema";

export const bookAsGuest = formAction({
  schema: bookingSchema,
  guard: getActor,
  run: async (input, actor) => {
    if (!actor && input.email) await checkGuestBookingRate(clientAddress(await headers()), input.email);
    const { token } = await bookAppointment(input, { userId: actor?.userId ?? null });
    redirect(`/afspraak/${token}?geboekt=1`);
  },
});

export const bookSignedIn = formAction({
  schema: signedInBookingSchema,
  guard: () => requireUser("/afspraken"),
  run: async (input, actor) => {
    const { token } = await bookAppointment(input, { userId: actor.userId });
    redirect(`/afspraak/${token}?geboekt=1`);
  },
});

export const rescheduleAction = formAction({
  schema: rescheduleSchema,
  guard: getActor,
  run: async ({ token, startsAt }) => {
    await rescheduleByToken(token, startsAt);
    redirect(`/afspraak/${token}?verplaatst=1`);
  },
});

export const cancelAction = formAction({
  schema: manageTokenSchema,
  guard: getActor,
  run: async ({ token }) => {
    await cancelByToken(token);
    redirect(`/afspraak/${token}?geannuleerd=1`);
  },
});

export const cancelMineAction = formAction({
  schema: appointmentIdSchema,
  guard: () => requireUser("/mijn/afspraken"),
  run: async ({ id }, actor) => {
    await cancelOwnAppointment(actor.userId, id);
    revalidatePath("/mijn/afspraken");
    redirect("/mijn/afspraken?geannuleerd=1");
  },
});

/** Moving from Mijn Wingene: same slot rules as the personal link; a new link is mailed. */
export const moveMineAction = formAction({
  schema: moveMineSchema,
  guard: () => requireUser("/mijn/afspraken"),
  run: async ({ id, startsAt }, actor) => {
    await moveOwnAppointment(actor.userId, id, startsAt);
    redirect("/mijn/afspraken?verplaatst=1");
  },
});
