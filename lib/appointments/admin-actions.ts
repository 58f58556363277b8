"use server";
// Managing services and counter availability (/beheer/onthaal/diensten and /balies).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { addAvailability, removeAvailability, updateServiceSettings } from "./admin-commands";
import { availabilityIdSchema, availabilitySchema, serviceSettingsSchema } from "./admin-schema";

const guard = () => requireStaff("frontoffice:manage", "/beheer/onthaal/diensten");

export const saveServiceAction = formAction({
  schema: serviceSettingsSchema,
  guard,
  run: async (input, actor) => {
    await updateServiceSettings(actor.userId, input);
    revalidatePath("/beheer/onthaal/diensten");
    return null;
  },
});

export const addAvailabilityAction = formAction({
  schema: availabilitySchema,
  guard,
  run: async (input, actor) => {
    await addAvailability(actor.userId, input);
    revalidatePath("/beheer/onthaal/balies");
    return null;
  },
});

export const removeAvailabilityAction = formAction({
  schema: availabilityIdSchema,
  guard,
  run: async ({ id }, actor) => {
    await removeAvailability(actor.userId, id);
    revalidatePath("/beheer/onthaal/balies");
    return null;
  },
});
