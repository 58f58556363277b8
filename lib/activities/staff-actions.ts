"use server";
// The leisure desk's entry points (activities:manage): the same commands as a parent's, for the
// resident found or registered at the desk, with the staff member as actor (audited for the
// resident). During an opening the resident takes a place in the same waiting room; no jumping.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { addToBasket, removeFromBasket } from "./commands/basket";
import { registerBasket } from "./commands/register";
import { verifyResident } from "@/lib/residents/verification";
import { joinWaitingRoom } from "./commands/waiting-room";
import { saveAttendance } from "./commands/attendance";
import { drawLottery } from "./commands/lottery-draw";
import { saveLotteryEntry, withdrawLotteryEntry } from "./commands/lottery-entry";
import { setAllocationMode } from "./commands/lottery-mode";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { expireCached } from "@/lib/cache/expire";
import {
  allocationModeSchema,
  attendanceSchema,
  lotteryActivitySchema,
  deskBasketLineIdSchema,
  deskBasketLineSchema,
  deskLotteryActivitySchema,
  deskLotteryEntrySchema,
  deskOpeningSchema,
  residentSchema,
} from "./schema";

const staff = () => requireStaff("activities:manage");
const desk = (residentId: string) => `/beheer/vrije-tijd/activiteiten/balie?inwoner=${residentId}`;
const who = (residentId: string, actor: { userId: string }) => ({
  userId: residentId,
  staffId: actor.userId,
});

export const addBasketLineForResident = formAction({
  schema: deskBasketLineSchema,
  guard: staff,
  run: async ({ residentId, ...input }, actor) => {
    const added = await addToBasket(input, who(residentId, actor));
    revalidatePath("/beheer/vrije-tijd/activiteiten/balie");
    return { firstName: added.firstName };
  },
});

export const removeBasketLineForResident = formAction({
  schema: deskBasketLineIdSchema,
  guard: staff,
  run: async ({ residentId, lineId }, actor) => {
    await removeFromBasket(lineId, who(residentId, actor));
    revalidatePath("/beheer/vrije-tijd/activiteiten/balie");
    return null;
  },
});

export const joinWaitingRoomForResident = formAction({
  schema: deskOpeningSchema,
  guard: staff,
  run: async ({ residentId, openingId }, actor) => {
    await joinWaitingRoom(db, openingId, who(residentId, actor));
    redirect(desk(residentId));
  },
});

export const registerBasketForResident = formAction({
  schema: deskOpeningSchema,
  guard: staff,
  run: async ({ residentId, openingId }, actor) => {
    const result = await registerBasket(openingId, who(residentId, actor));
    revalidatePath("/beheer/vrije-tijd/activiteiten");
    redirect(result.order ? `/bestelling/${result.order.accessToken}` : `${desk(residentId)}&wachtlijst=1`);
  },
});

/** A lottery entry for the resident's children, made at the desk (the resident's own form, audited for them). */
export const saveLotteryEntryForResident = formAction({
  schema: deskLotteryEntrySchema,
  guard: staff,
  run: async ({ residentId, ...input }, actor) => {
    const saved = await saveLotteryEntry(input, who(residentId, actor));
    revalidatePath("/beheer/vrije-tijd/activiteiten/balie");
    return saved;
  },
});

export const withdrawLotteryEntryForResident = formAction({
  schema: deskLotteryActivitySchema,
  guard: staff,
  run: async ({ residentId, activityId }, actor) => {
    await withdrawLotteryEntry(activityId, who(residentId, actor));
    redirect(desk(residentId));
  },
});

export const verifyResidentForTariff = formAction({
  schema: residentSchema,
  guard: staff,
  run: async ({ residentId }, actor) => {
    await verifyResident(residentId, actor.userId);
    redirect(desk(residentId));
  },
});

/** Presence per day on a session's participant list: the whole grid in one post. */
export const saveAttendanceAction = formAction({
  schema: attendanceSchema,
  guard: staff,
  run: async (input, actor) => {
    const present = await saveAttendance(db, input, actor);
    revalidatePath(`/beheer/vrije-tijd/activiteiten/${input.sessionId}`);
    return { present };
  },
});

const lotteryPage = (activityId: string) => `/beheer/vrije-tijd/activiteiten/loting/${activityId}`;

/** First come or a lottery with its preference window (audited; the public page says which). */
export const setAllocationModeAction = formAction({
  schema: allocationModeSchema,
  guard: staff,
  run: async (input, actor) => {
    const changed = await setAllocationMode(input, actor.userId);
    expireCached(CACHE_TAGS.activities);
    revalidatePath(lotteryPage(input.activityId));
    return changed;
  },
});

/** The real draw, once: the seed and the moment are published on the activity's page. */
export const drawLotteryAction = formAction({
  schema: lotteryActivitySchema,
  guard: staff,
  run: async ({ activityId }, actor) => {
    await drawLottery(activityId, actor.userId);
    expireCached(CACHE_TAGS.activities);
    revalidatePath("/beheer/vrije-tijd/activiteiten");
    redirect(`${lotteryPage(activityId)}?uitgevoerd=1`);
  },
});
