"use server";
// Entry points of hall rental for residents and associations: review (nothing stored), confirm
// (the booking), cancel. Each parses with the form's schema and guards itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ownOpenDossier } from "@/lib/events/dossier";
import { dossierReturnHref } from "@/lib/events/request-links";
import { cancelBooking } from "./commands/cancel";
import { prepareBooking } from "./commands/prepare";
import { requestBooking } from "./commands/request";
import { bookingSchema, bookingToSearch } from "./schema/booking";
import { bookingIdSchema } from "./schema/decisions";

export const reviewBooking = formAction({
  schema: bookingSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const prepared = await prepareBooking(db, input, actor.userId);
    redirect(`/zalen/${prepared.hall.slug}/bevestigen?${bookingToSearch(input)}`);
  },
});

export const confirmBooking = formAction({
  schema: bookingSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const outcome = await requestBooking(input, { userId: actor.userId });
    expireCached(CACHE_TAGS.hallBookings);
    revalidatePath("/zalen", "layout");
    // Booked for an event: back to the dossier or the wizard step, which list the booking and link to paying it.
    const dossier = input.dossier ? await ownOpenDossier(input.dossier, actor.userId) : null;
    if (dossier) redirect(dossierReturnHref(dossier, { kind: "hall", id: outcome.bookingIds[0]! }));
    if (outcome.orderToken) redirect(`/bestelling/${outcome.orderToken}`);
    const params = new URLSearchParams({ nieuw: outcome.bookingIds[0]! });
    if (outcome.collisions.length) params.set("bezet", outcome.collisions.join(","));
    redirect(`/mijn/zalen?${params}`);
  },
});

export const cancelMyBooking = formAction({
  schema: bookingIdSchema,
  guard: () => requireUser(),
  run: async ({ bookingId }, actor) => {
    await cancelBooking(bookingId, { userId: actor.userId });
    // The slot is free again on the cached hall page too.
    expireCached(CACHE_TAGS.hallBookings);
    revalidatePath("/mijn/zalen");
    redirect(`/mijn/zalen/${bookingId}?geannuleerd=1`);
  },
});
