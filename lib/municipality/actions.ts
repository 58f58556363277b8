"use server";
// The beheerder changes the portal's look; it is in every page's shell, so every page is refreshed.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
import { updateIdentity } from "./commands";
import { resetIdentityPicture, setIdentityPicture } from "./picture-commands";
import { identityPictureResetSchema, identityPictureSchema } from "./picture-schema";
import { identitySchema } from "./schema";

function refreshEveryPage() {
  expireCached(CACHE_TAGS.municipality);
  revalidatePath("/", "layout");
}

export const updateIdentityAction = formAction({
  schema: identitySchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await updateIdentity(actor.userId, input);
    refreshEveryPage();
    return null;
  },
});

export const identityPictureAction = formAction({
  schema: identityPictureSchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await setIdentityPicture(input.which, await preparePublicPhoto(input.photo), actor.userId);
    refreshEveryPage();
    return null;
  },
});

export const resetIdentityPictureAction = formAction({
  schema: identityPictureResetSchema,
  guard: () => requireStaff("sites:manage"),
  run: async (input, actor) => {
    await resetIdentityPicture(input.which, actor.userId);
    refreshEveryPage();
    return null;
  },
});
