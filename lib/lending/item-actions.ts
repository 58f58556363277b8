"use server";
// The uitleendienst's data for staff (permission loans:manage): an item's stock, deposit and
// prices, units out for repair and back, the depot's slot hours, the borrower categories and the
// delivery price and area. Each expires the cached public catalogue, whose stock, prices, lead
// times and delivery terms come from these rows.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { setItemPhoto } from "./commands/item-photo";
import { saveItemSettings, saveSlot } from "./commands/items";
import { saveCategory, saveDeliverySettings, saveLoanRules } from "./commands/settings";
import { endRepair, takeOutOfService } from "./commands/stock";
import {
  categorySchema,
  deliverySettingsSchema,
  itemSettingsSchema,
  loanRulesSchema,
  repairDoneSchema,
  repairSchema,
  slotSchema,
} from "./item-schema";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
import { publicPhotoSchema } from "@/lib/uploads/schema";

const staff = () => requireStaff("loans:manage");

function revalidateLending() {
  expireCached(CACHE_TAGS.lending);
  revalidatePath("/uitlenen", "layout");
  revalidatePath("/beheer/uitleendienst", "layout");
}

export const itemSettingsAction = formAction({
  schema: itemSettingsSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveItemSettings(input, actor.userId);
    revalidateLending();
    return null;
  },
});

export const repairAction = formAction({
  schema: repairSchema,
  guard: staff,
  run: async ({ confirmed, ...input }, actor) => {
    await takeOutOfService({ ...input, kind: "REPAIR" }, { staffId: actor.userId, confirmed });
    revalidateLending();
    return null;
  },
});

export const repairDoneAction = formAction({
  schema: repairDoneSchema,
  guard: staff,
  run: async ({ changeId }, actor) => {
    await endRepair(changeId, brusselsParts(new Date()).dateKey, actor.userId);
    revalidateLending();
    return null;
  },
});

export const slotAction = formAction({
  schema: slotSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveSlot(input, actor.userId);
    revalidateLending();
    return null;
  },
});

/** The item's photo: cleaned and resized before the transaction, so a refused file stores nothing. */
export const itemPhotoAction = formAction({
  schema: publicPhotoSchema,
  guard: staff,
  run: async (input, actor) => {
    const photo = await preparePublicPhoto(input.photo);
    await setItemPhoto(input.subjectId, input.photoAlt, photo, actor.userId);
    revalidateLending();
    return null;
  },
});

export const categoryAction = formAction({
  schema: categorySchema,
  guard: staff,
  run: async (input, actor) => {
    await saveCategory(input, actor.userId);
    revalidateLending();
    return null;
  },
});

export const deliverySettingsAction = formAction({
  schema: deliverySettingsSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveDeliverySettings(input, actor.userId);
    revalidateLending();
    return null;
  },
});

export const loanRulesAction = formAction({
  schema: loanRulesSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveLoanRules(input, actor.userId);
    revalidateLending();
    return null;
  },
});
