"use server";
// Entry points of the front office (/beheer/onthaal): each checks frontoffice:manage itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { moveAppointment } from "./commands";
import { blockDesk, bookByStaff, markAppointment, removeDeskBlock } from "./staff-commands";
import { blockIdSchema, blockSchema, markSchema, staffBookingSchema, staffMoveSchema } from "./staff-schema";

const guard = () => requireStaff("frontoffice:manage", "/beheer/onthaal");

export const staffBookAction = formAction({
  schema: staffBookingSchema,
  guard,
  run: async (input, actor) => {
    const booked = await bookByStaff(actor.userId, input);
    const day = brusselsParts(booked.startsAt).dateKey;
    redirect(`/beheer/onthaal?site=${input.siteId}&dag=${day}&geboekt=${booked.id}`);
  },
});

export const markAction = formAction({
  schema: markSchema,
  guard,
  run: async ({ id, status }, actor) => {
    await markAppointment(actor.userId, id, status);
    revalidatePath("/beheer/onthaal", "layout");
    return null;
  },
});

export const staffMoveAction = formAction({
  schema: staffMoveSchema,
  guard,
  run: async ({ id, startsAt }, actor) => {
    const moved = await moveAppointment(id, startsAt, { actorId: actor.userId, byStaff: true });
    redirect(`/beheer/onthaal/afspraak/${moved.id}?verplaatst=1`);
  },
});

export const blockAction = formAction({
  schema: blockSchema,
  guard,
  run: async (input, actor) => {
    await blockDesk(actor.userId, input);
    revalidatePath("/beheer/onthaal");
    return null;
  },
});

export const removeBlockAction = formAction({
  schema: blockIdSchema,
  guard,
  run: async ({ id }, actor) => {
    await removeDeskBlock(actor.userId, id);
    revalidatePath("/beheer/onthaal");
    return null;
  },
});
