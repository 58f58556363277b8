"use server";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { idSchema } from "@/lib/residents/schema";
import { addClosure, removeClosure } from "./commands";
import { replaceWeeklyHours } from "./hours-commands";
import { weeklyHoursSchema } from "./hours-schema";
import { closureSchema } from "./schema";

export const addClosureAction = formAction({
  schema: closureSchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await addClosure(actor.userId, input);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});

export const removeClosureAction = formAction({
  schema: idSchema,
  guard: () => requireStaff("sites:manage"),
  run: async ({ id }, actor) => {
    await removeClosure(actor.userId, id);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});

export const replaceWeeklyHoursAction = formAction({
  schema: weeklyHoursSchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await replaceWeeklyHours(actor.userId, input);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});
