"use server";
// Staff acting for a resident at the desk or on the phone: the same commands as the resident's
// own, with the staff member as actor. The resident id comes from the form; the commands answer
// "not found" for a resident that does not exist.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { addHouseholdMember, registerResident, updateProfile } from "./commands";
import {
  householdMemberSchema,
  nationalNumberInputSchema,
  newResidentSchema,
  profileSchema,
  residentRefSchema,
} from "./schema";
import { recordNationalNumber, unverifyResident, verifyResident } from "./verification";

const resident = residentRefSchema;
const guard = () => requireStaff("residents:act-for");

export const staffSaveProfile = formAction({
  schema: profileSchema.extend(resident.shape),
  guard,
  run: async ({ residentId, ...input }, actor) => {
    await updateProfile({ actorId: actor.userId, residentId }, input);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return null;
  },
});

export const staffAddHouseholdMember = formAction({
  schema: householdMemberSchema.extend(resident.shape),
  guard,
  run: async ({ residentId, ...input }, actor) => {
    await addHouseholdMember({ actorId: actor.userId, residentId }, input);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return { firstName: input.firstName };
  },
});

export const staffRegisterResident = formAction({
  schema: newResidentSchema,
  guard,
  run: async (input, actor) => {
    const id = await registerResident(actor.userId, input);
    redirect(`/beheer/inwoners/${id}`);
  },
});

/** Counter staff saw the address on the eID or a document: the resident tariff applies from now. */
export const staffVerifyResidence = formAction({
  schema: resident,
  guard,
  run: async ({ residentId }, actor) => {
    await verifyResident(residentId, actor.userId);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return null;
  },
});

/** Withdrawn (moved away, confirmed by mistake): non-resident tariffs from now. */
export const staffUnverifyResidence = formAction({
  schema: resident,
  guard,
  run: async ({ residentId }, actor) => {
    await unverifyResident(residentId, actor.userId);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return null;
  },
});

/** Counter staff read the national register number from the eID: the key to the population register. */
export const staffRecordNationalNumber = formAction({
  schema: nationalNumberInputSchema,
  guard,
  run: async ({ residentId, nationalNumber }, actor) => {
    await recordNationalNumber(residentId, actor.userId, nationalNumber);
    revalidatePath(`/beheer/inwoners/${residentId}`);
    return null;
  },
});
