"use server";
// Staff with sites:manage: weekly hours, exceptional closures and closing holidays. Every change
// shows on every page at once, so the whole site's cache is refreshed.
import { revalidatePath } from "next/cache";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { addClosure, removeClosure, replaceWeeklyHours, setClosingHolidays } from "./commands";
import { closingHolidaysSchema, closureIdSchema, closureSchema, weeklyHoursSchema } from "./schema";

const guard = () => requireStaff("sites:manage");

export const addClosureAction = formAction({
  schema: closureSchema,
  guard,
  run: async (input, actor) => {
    await addClosure(actor.userId, input);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});

export const removeClosureAction = formAction({
  schema: closureIdSchema,
  guard,
  run: async ({ id }, actor) => {
    await removeClosure(actor.userId, id);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});

export const replaceWeeklyHoursAction = formAction({
  schema: weeklyHoursSchema,
  guard,
  run: async (input, actor) => {
    await replaceWeeklyHours(actor.userId, input);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});

export const setClosingHolidaysAction = formAction({
  schema: closingHolidaysSchema,
  guard,
  run: async (input, actor) => {
    await setClosingHolidays(actor.userId, input);
    expireCached(CACHE_TAGS.sites);
    revalidatePath("/", "layout");
    return null;
  },
});
