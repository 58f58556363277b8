"use server";
// The staff management screen (/beheer/medewerkers): administrators only (staff:manage).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { addStaff, offboardStaff, setStaffRoles } from "./commands";
import { addStaffSchema, staffRefSchema, staffRolesSchema } from "./schema";

const guard = () => requireStaff("staff:manage");

export const setStaffRolesAction = formAction({
  schema: staffRolesSchema,
  guard,
  run: async ({ userId, roles }, actor) => {
    const saved = await setStaffRoles(db, { actorId: actor.userId, userId }, roles);
    revalidatePath("/beheer/medewerkers");
    revalidatePath(`/beheer/medewerkers/${userId}`);
    return saved;
  },
});

export const offboardStaffAction = formAction({
  schema: staffRefSchema,
  guard,
  run: async ({ userId }, actor) => {
    await offboardStaff(db, { actorId: actor.userId, userId });
    redirect(`/beheer/medewerkers/${userId}?ingetrokken=1`);
  },
});

export const addStaffAction = formAction({
  schema: addStaffSchema,
  guard,
  run: async (input, actor) => {
    const userId = await addStaff(db, actor.userId, input);
    redirect(`/beheer/medewerkers/${userId}`);
  },
});
