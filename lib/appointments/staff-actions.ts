"use server";
// Entry points of the front office (/beheer/onthaal): each checks frontoffice:manage itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bookAppointment, moveAppointment } from "./commands";
import { blockDesk, markAppointment, removeDeskBlock } from "./staff-commands";
import { blockIdSchema, blockSchema, markSchema, staffBookingSchema, staffMoveSchema } from "./staff-schema";
import { appointmentMessages } from "./messages";
import { residentMessages } from "@/lib/residents/messages";

const guard = () => requireStaff("frontoffice:manage", "/beheer/onthaal");

export const staffBookAction = formAction({
  schema: staffBookingSchema,
  guard,
  run: async (input, actor) => {
    let userId: string | null = null;
    if (input.residentId) {
      const resident = await db.user.findUnique({ where: { id: input.residentId }, select: { id: true } });
      if (!resident) throw new AppError("NOT_FOUND", residentMessages.residentNotFound);
      userId = resident.id;
    }
    if (input.followUpOfId) {
      const previous = await db.appointment.findUnique({ where: { id: input.followUpOfId } });
      if (!previous) throw new AppError("NOT_FOUND", appointmentMessages.previousNotFound);
      userId ??= previous.userId;
    }
    const booked = await bookAppointment(
      { ...input, phone: input.phone },
      { userId, bookedById: actor.userId, followUpOfId: input.followUpOfId },
    );
    redirect(
      `/beheer/onthaal?site=${input.siteId}&dag=${brusselsParts(booked.startsAt).dateKey}&geboekt=${booked.id}`,
    );
  },
});

export const markAction = formAction({
  schema: markSchema,
  guard,
  run: async ({ id, status }, actor) => {
    await markAppointment(actor.userId, id, status);
    revalidatePath("/beheer/onthaal");
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
