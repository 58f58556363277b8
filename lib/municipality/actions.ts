"use server";
// The beheerder changes the portal's look; it is in every page's shell, so every page is refreshed.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { updateIdentity } from "./commands";
import { identitySchema } from "./schema";

export const updateIdentityAction = formAction({
  schema: identitySchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await updateIdentity(actor.userId, input);
    expireCached(CACHE_TAGS.municipality);
    revalidatePath("/", "layout");
    return null;
  },
});
