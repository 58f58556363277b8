"use server";
// The resident asks for erasure of their own data; staff carry it out (./staff-actions.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/guards";
import { requestErasure } from "./erasure-request";

export const requestMyErasure = formAction({
  schema: z.object({}),
  guard: () => requireUser("/mijn/privacy"),
  run: async (_input, actor) => {
    await requestErasure(actor.userId);
    revalidatePath("/mijn/privacy");
    return null;
  },
});
