"use server";
// Managing services and desk availability (/beheer/onthaal/diensten and /balies).
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import {
  addAvailability,
  createDesk,
  createService,
  removeAvailability,
  updateServiceSettings,
} from "./admin-commands";
import {
  availabilityIdSchema,
  availabilitySchema,
  newDeskSchema,
  newServiceSchema,
  serviceSettingsSchema,
} from "./admin-schema";

const guard = () => requireStaff("frontoffice:manage", "/beheer/onthaal/diensten");

export const saveServiceAction = formAction({
  schema: serviceSettingsSchema,
  guard,
  run: async (input, actor) => {
    await updateServiceSettings(actor.userId, input);
    expireCached(CACHE_TAGS.appointmentServices);
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

export const createServiceAction = formAction({
  schema: newServiceSchema,
  guard,
  run: async (input, actor) => {
    const service = await createService(actor.userId, input);
    expireCached(CACHE_TAGS.appointmentServices);
    revalidatePath("/beheer/onthaal/diensten");
    return { name: service.name };
  },
});

export const createDeskAction = formAction({
  schema: newDeskSchema,
  guard: () => requireStaff("frontoffice:manage", "/beheer/onthaal/balies"),
  run: async (input, actor) => {
    const desk = await createDesk(actor.userId, input);
    revalidatePath("/beheer/onthaal/balies");
    expireCached(CACHE_TAGS.appointmentServices);
    revalidatePath("/beheer/onthaal/diensten");
    return { name: desk.name };
  },
});
