"use server";
// Staff acting for a resident at the desk or on the phone: the same commands as the resident's
// own, with the staff member as actor. The resident id comes from the form and is checked here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addHouseholdMember, registerResident, updateProfile } from "./commands";
import { householdMemberSchema, newResidentSchema, profileSchema } from "./schema";
import { residentMessages } from "./messages";

const resident = z.object({ residentId: z.string().min(1).max(40) });

async function onBehalfOf(actorId: string, residentId: string) {
  const exists = await db.user.count({ where: { id: residentId } });
  if (!exists) throw new AppError("NOT_FOUND", residentMessages.residentNotFound);
  return { actorId, residentId };
}

export const staffSaveProfile = formAction({
  schema: profileSchema.extend(resident.shape),
  guard: () => requireStaff("residents:act-for"),
  run: async ({ residentId, ...input }, actor) => {
    await updateProfile(await onBehalfOf(actor.userId, residentId), input);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return null;
  },
});

export const staffAddHouseholdMember = formAction({
  schema: householdMemberSchema.extend(resident.shape),
  guard: () => requireStaff("residents:act-for"),
  run: async ({ residentId, ...input }, actor) => {
    await addHouseholdMember(await onBehalfOf(actor.userId, residentId), input);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return { firstName: input.firstName };
  },
});

export const staffRegisterResident = formAction({
  schema: newResidentSchema,
  guard: () => requireStaff("residents:act-for"),
  run: async (input, actor) => {
    const id = await registerResident(actor.userId, input);
    redirect(`/beheer/inwoners/${id}`);
  },
});
