"use server";
// Staff carry out a resident's erasure after the confirmation step on /beheer/inwoners/<id>/wissen.
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { residentRefSchema } from "@/lib/residents/schema";
import { eraseResident } from "./erase";

export const staffEraseResident = formAction({
  schema: residentRefSchema,
  guard: () => requireStaff("residents:erase"),
  run: async ({ residentId }, actor) => {
    await eraseResident(db, { actorId: actor.userId, residentId });
    redirect("/beheer/inwoners/wissingen?gewist=1");
  },
});
