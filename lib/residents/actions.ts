"use server";
// Entry points for residents managing their own data. Staff use lib/residents/staff-actions.ts,
// which call the same commands with themselves as actor.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import {
  addHouseholdMember,
  removeHouseholdMember,
  setActingAssociation,
  updateHouseholdMember,
  updateProfile,
} from "./commands";
import {
  actingSchema,
  householdMemberSchema,
  householdMemberUpdateSchema,
  idSchema,
  profileSchema,
} from "./schema";

const self = (actor: { userId: string }) => ({ actorId: actor.userId, residentId: actor.userId });

export const saveOwnProfile = formAction({
  schema: profileSchema,
  guard: () => requireUser("/mijn/profiel"),
  run: async (input, actor) => {
    await updateProfile(self(actor), input);
    revalidatePath("/mijn", "layout");
    return null;
  },
});

export const addOwnHouseholdMember = formAction({
  schema: householdMemberSchema,
  guard: () => requireUser("/mijn/gezin"),
  run: async (input, actor) => {
    await addHouseholdMember(self(actor), input);
    revalidatePath("/mijn", "layout");
    return { firstName: input.firstName };
  },
});

export const updateOwnHouseholdMember = formAction({
  schema: householdMemberUpdateSchema,
  guard: () => requireUser("/mijn/gezin"),
  run: async ({ id, ...input }, actor) => {
    await updateHouseholdMember(self(actor), id, input);
    revalidatePath("/mijn", "layout");
    return { firstName: input.firstName };
  },
});

export const removeOwnHouseholdMember = formAction({
  schema: idSchema,
  guard: () => requireUser("/mijn/gezin"),
  run: async ({ id }, actor) => {
    await removeHouseholdMember(self(actor), id);
    revalidatePath("/mijn", "layout");
    return null;
  },
});

export const chooseActingAssociation = formAction({
  schema: actingSchema,
  guard: () => requireUser("/mijn/verenigingen"),
  run: async ({ associationId }, actor) => {
    if (!actor.sessionId) throw new AppError("UNAUTHENTICATED");
    await setActingAssociation(actor.userId, actor.sessionId, associationId);
    revalidatePath("/", "layout");
    return { associationId };
  },
});
