"use server";
// Staff entry points (permission leisure:manage): decide on requests, settle deposits, and book
// at the desk for a resident or association (the same command, recorded as staff acting).
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { cancelBooking } from "./cancel";
import { closureIdSchema, closureSchema } from "./closure-schema";
import { closeHall, liftClosure } from "./closures";
import { saveHallFacts } from "./hall-facts";
import { hallFactsSchema } from "./hall-facts-schema";
import { approveBooking, refuseBooking } from "./decisions";
import { settleDeposit } from "./deposit";
import { FieldError } from "@/lib/errors";
import { requestBooking } from "./request";
import { updateHallSettings } from "./settings";
import { hallSettingsSchema } from "./settings-schema";
import { bookingIdSchema, deskBookingSchema, depositSchema, refuseSchema, seriesIdSchema } from "./schema";
import { approveSeries } from "./series-decisions";
import { saveDayParts } from "./day-parts";
import { dayPartsSchema } from "./day-parts-schema";
import { hallMessages } from "./messages";

const staff = () => requireStaff("leisure:manage");

export const approveAction = formAction({
  schema: bookingIdSchema,
  guard: staff,
  run: async ({ bookingId }, actor) => {
    await approveBooking(bookingId, actor.userId);
    revalidatePath("/beheer/zalen", "layout");
    redirect(`/beheer/zalen/${bookingId}?gedaan=goedgekeurd`);
  },
});

export const approveSeriesAction = formAction({
  schema: seriesIdSchema,
  guard: staff,
  run: async ({ seriesId }, actor) => {
    const result = await approveSeries(seriesId, actor.userId);
    revalidatePath("/beheer/zalen", "layout");
    return result;
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

export const refuseAction = formAction({
  schema: refuseSchema,
  guard: staff,
  run: async ({ bookingId, reason }, actor) => {
    await refuseBooking(bookingId, reason, actor.userId);
    revalidatePath("/beheer/zalen", "layout");
    redirect(`/beheer/zalen/${bookingId}?gedaan=geweigerd`);
  },
});

export const depositAction = formAction({
  schema: depositSchema,
  guard: staff,
  run: async ({ bookingId, keptCents, reason }, actor) => {
    await settleDeposit(bookingId, keptCents, reason, actor.userId);
    revalidatePath("/beheer/zalen", "layout");
    redirect(`/beheer/zalen/${bookingId}?gedaan=waarborg`);
  },
});

export const staffCancelAction = formAction({
  schema: bookingIdSchema,
  guard: staff,
  run: async ({ bookingId }, actor) => {
    const booking = await db.hallBooking.findFirst({
      where: { id: bookingId, closureId: null },
      select: { userId: true },
    });
    if (!booking) throw new FieldError("bookingId", hallMessages.bookingNotFound, "NOT_FOUND");
    await cancelBooking(bookingId, { userId: booking.userId, staffId: actor.userId });
    revalidatePath("/beheer/zalen", "layout");
    redirect(`/beheer/zalen/${bookingId}?gedaan=geannuleerd`);
  },
});

export const deskBookingAction = formAction({
  schema: deskBookingSchema,
  guard: staff,
  run: async ({ residentEmail, ...input }, actor) => {
    const resident = await db.user.findUnique({ where: { email: residentEmail }, select: { id: true } });
    if (!resident) throw new FieldError("residentEmail", hallMessages.noResidentWithEmail);
    const outcome = await requestBooking(input, { userId: resident.id, staffId: actor.userId });
    revalidatePath("/beheer/zalen", "layout");
    redirect(`/beheer/zalen/${outcome.bookingIds[0]}`);
  },
});

export const hallSettingsAction = formAction({
  schema: hallSettingsSchema,
  guard: staff,
  run: async (input, actor) => {
    await updateHallSettings(input, actor.userId);
    expireCached(CACHE_TAGS.halls);
    revalidatePath("/zalen", "layout");
    revalidatePath("/beheer/zalen", "layout");
    return null;
  },
});

export const closeHallAction = formAction({
  schema: closureSchema,
  guard: staff,
  run: async (input, actor) => {
    await closeHall(input, actor.userId);
    expireCached(CACHE_TAGS.halls);
    revalidatePath("/zalen", "layout");
    revalidatePath("/beheer/zalen", "layout");
    return null;
  },
});

export const liftClosureAction = formAction({
  schema: closureIdSchema,
  guard: staff,
  run: async ({ closureId }, actor) => {
    const { hallSlug } = await liftClosure(closureId, actor.userId);
    expireCached(CACHE_TAGS.halls);
    revalidatePath("/zalen", "layout");
    revalidatePath("/beheer/zalen", "layout");
    // The form goes away with the closure, so the page itself says it was lifted.
    redirect(`/beheer/zalen/instellingen/${hallSlug}?opgeheven=1`);
  },
});

export const hallFactsAction = formAction({
  schema: hallFactsSchema,
  guard: staff,
  run: async (input, actor) => {
    const hall = await saveHallFacts(input, actor.userId);
    expireCached(CACHE_TAGS.halls);
    revalidatePath("/zalen", "layout");
    revalidatePath("/beheer/zalen", "layout");
    // A new hall needs tariffs before anyone can book it: go there next.
    if (!input.hallId) redirect(`/beheer/zalen/instellingen/${hall.slug}?nieuw=1`);
    return null;
  },
});
