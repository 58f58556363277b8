"use server";
// Entry points for parents: the basket, the waiting room, the click at opening, cancelling, and
// accepting an offered place with the mailed link (the link is the authority; no sign-in needed).
// Staff use staff-actions.ts, which call the same commands with themselves as actor.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { addToBasket, removeFromBasket } from "./commands/basket";
import { cancelRegistration } from "./commands/cancel";
import { acceptOffer } from "./commands/offers";
import { registerBasket } from "./commands/register";
import { registerAnswer } from "./register-answer";
import { joinWaitingRoom } from "./commands/waiting-room";
import { saveLotteryEntry, withdrawLotteryEntry } from "./commands/lottery-entry";
import {
  basketLineIdSchema,
  basketLineSchema,
  lotteryActivitySchema,
  lotteryEntrySchema,
  offerSchema,
  openingSchema,
  registrationIdSchema,
} from "./schema";

const self = (actor: { userId: string }) => ({ userId: actor.userId });
const basketPage = "/mijn/activiteiten/mandje";

export const addMyBasketLine = formAction({
  schema: basketLineSchema,
  guard: () => requireUser("/activiteiten"),
  run: async (input, actor) => {
    const added = await addToBasket(input, self(actor));
    revalidatePath(basketPage);
    return { firstName: added.firstName };
  },
});

export const removeMyBasketLine = formAction({
  schema: basketLineIdSchema,
  guard: () => requireUser(basketPage),
  run: async ({ lineId }, actor) => {
    await removeFromBasket(lineId, self(actor));
    revalidatePath(basketPage);
    return null;
  },
});

export const joinMyWaitingRoom = formAction({
  schema: openingSchema,
  guard: () => requireUser(basketPage),
  run: async ({ openingId }, actor) => {
    await joinWaitingRoom(db, openingId, self(actor));
    redirect(`/mijn/activiteiten/wachtzaal/${openingId}`);
  },
});

export const registerMyBasket = formAction({
  schema: openingSchema,
  guard: () => requireUser(basketPage),
  run: async ({ openingId }, actor) => {
    const result = await registerBasket(openingId, self(actor));
    // The answer comes back in place, not as a redirect: Next would render the next page into
    // this response, and at the opening that doubled the cost of each of a thousand clicks. The
    // parent opens the order page from the answer when ready to pay. No revalidatePath either:
    // every click would write a cache tag for pages that render per request anyway.
    return registerAnswer(result);
  },
});

export const cancelMyRegistration = formAction({
  schema: registrationIdSchema,
  guard: () => requireUser("/mijn/activiteiten"),
  run: async ({ registrationId }, actor) => {
    await cancelRegistration(registrationId, self(actor));
    revalidatePath("/mijn/activiteiten");
    redirect("/mijn/activiteiten?geannuleerd=1");
  },
});

export const acceptActivityOffer = formAction({
  schema: offerSchema,
  guard: getActor,
  run: async ({ token }) => {
    const order = await acceptOffer(token);
    revalidatePath("/mijn/activiteiten");
    redirect(`/bestelling/${order.accessToken}`);
  },
});

/** A lottery entry: the preferences of the parent's children, saved again as often as needed until the close. */
export const saveMyLotteryEntry = formAction({
  schema: lotteryEntrySchema,
  guard: () => requireUser("/mijn/activiteiten"),
  run: async (input, actor) => {
    const saved = await saveLotteryEntry(input, self(actor));
    revalidatePath("/mijn/activiteiten");
    return saved;
  },
});

export const withdrawMyLotteryEntry = formAction({
  schema: lotteryActivitySchema,
  guard: () => requireUser("/mijn/activiteiten"),
  run: async ({ activityId }, actor) => {
    await withdrawLotteryEntry(activityId, self(actor));
    revalidatePath("/mijn/activiteiten");
    redirect("/mijn/activiteiten?loting=ingetrokken");
  },
});
