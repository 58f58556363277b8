"use server";
// Staff entry points (permission leisure:manage): decide on requests, settle deposits, book at the
// desk for a resident found or registered there (the same command, recorded as staff acting), and
// manage halls, day parts and closures.
import { revalidatePath } from "next/cache";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { cancelForRequester } from "./commands/cancel";
import { closeHall, liftClosure } from "./commands/closures";
import { saveDayParts } from "./commands/day-parts";
import { approveBooking, refuseBooking } from "./commands/decisions";
import { settleDeposit } from "./commands/deposit";
import { saveHallFacts } from "./commands/hall-facts";
import { setHallPhoto } from "./commands/hall-photo";
import { requestBooking } from "./commands/request";
import { approveSeries } from "./commands/series-decisions";
import { updateHallSettings } from "./commands/settings";
import { deskBookingSchema } from "./schema/booking";
import { closureIdSchema, closureSchema } from "./schema/closure";
import { dayPartsSchema } from "./schema/day-parts";
import { bookingIdSchema, depositSchema, refuseSchema, seriesIdSchema } from "./schema/decisions";
import { hallFactsSchema } from "./schema/hall-facts";
import { hallSettingsSchema } from "./schema/settings";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
import { publicPhotoSchema } from "@/lib/uploads/schema";

const staff = () => requireStaff("leisure:manage");

/** What a change to halls or bookings makes stale: the cached catalogue, the public pages and the staff board. */
function revalidateHalls() {
  expireCached(CACHE_TAGS.halls);
  revalidatePath("/zalen", "layout");
  revalidatePath("/beheer/zalen", "layout");
}

export const approveAction = formAction({
  schema: bookingIdSchema,
  guard: staff,
  run: async ({ bookingId }, actor) => {
    await approveBooking(bookingId, actor.userId);
    revalidateHalls();
    redirect(`/beheer/zalen/${bookingId}?gedaan=goedgekeurd`);
  },
});

export const approveSeriesAction = formAction({
  schema: seriesIdSchema,
  guard: staff,
  run: async ({ seriesId }, actor) => {
    const result = await approveSeries(seriesId, actor.userId);
    revalidateHalls();
    return result;
  },
});

export const refuseAction = formAction({
  schema: refuseSchema,
  guard: staff,
  run: async ({ bookingId, reason }, actor) => {
    await refuseBooking(bookingId, reason, actor.userId);
    revalidateHalls();
    redirect(`/beheer/zalen/${bookingId}?gedaan=geweigerd`);
  },
});

export const depositAction = formAction({
  schema: depositSchema,
  guard: staff,
  run: async ({ bookingId, keptCents, reason }, actor) => {
    await settleDeposit(bookingId, keptCents, reason, actor.userId);
    revalidateHalls();
    redirect(`/beheer/zalen/${bookingId}?gedaan=waarborg`);
  },
});

export const staffCancelAction = formAction({
  schema: bookingIdSchema,
  guard: staff,
  run: async ({ bookingId }, actor) => {
    await cancelForRequester(bookingId, actor.userId);
    revalidateHalls();
    redirect(`/beheer/zalen/${bookingId}?gedaan=geannuleerd`);
  },
});

export const deskBookingAction = formAction({
  schema: deskBookingSchema,
  guard: staff,
  run: async ({ residentId, ...input }, actor) => {
    const outcome = await requestBooking(input, { userId: residentId, staffId: actor.userId });
    revalidateHalls();
    redirect(`/beheer/zalen/${outcome.bookingIds[0]}?gedaan=geboekt`);
  },
});

export const dayPartsAction = formAction({
  schema: dayPartsSchema,
  guard: staff,
  run: async (parts, actor) => {
    await saveDayParts(actor.userId, parts);
    expireCached(CACHE_TAGS.halls);
    revalidatePath("/", "layout");
    return null;
  },
});

export const hallSettingsAction = formAction({
  schema: hallSettingsSchema,
  guard: staff,
  run: async (input, actor) => {
    await updateHallSettings(input, actor.userId);
    revalidateHalls();
    return null;
  },
});

export const closeHallAction = formAction({
  schema: closureSchema,
  guard: staff,
  run: async (input, actor) => {
    await closeHall(input, actor.userId);
    revalidateHalls();
    return null;
  },
});

export const liftClosureAction = formAction({
  schema: closureIdSchema,
  guard: staff,
  run: async ({ closureId }, actor) => {
    const { hallSlug } = await liftClosure(closureId, actor.userId);
    revalidateHalls();
    // The form goes away with the closure, so the page itself says it was lifted.
    redirect(`/beheer/zalen/instellingen/${hallSlug}?opgeheven=1`);
  },
});

export const hallFactsAction = formAction({
  schema: hallFactsSchema,
  guard: staff,
  run: async (input, actor) => {
    const hall = await saveHallFacts(input, actor.userId);
    revalidateHalls();
    // A new hall needs tariffs before anyone can book it: go there next.
    if (!input.hallId) redirect(`/beheer/zalen/instellingen/${hall.slug}?nieuw=1`);
    return null;
  },
});

/** The hall's photo: cleaned and resized before the transaction, so a refused file stores nothing. */
export const hallPhotoAction = formAction({
  schema: publicPhotoSchema,
  guard: staff,
  run: async (input, actor) => {
    const photo = await preparePublicPhoto(input.photo);
    await setHallPhoto(input.subjectId, input.photoAlt, photo, actor.userId);
    revalidateHalls();
    return null;
  },
});
