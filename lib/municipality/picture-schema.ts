// The beheerder's forms for the two pictures of the portal's look: the logo beside the name in
// every page's header and the photo on the home page (its description is in the identity form).
import { z } from "zod";
import { files } from "@/lib/forms/fields";
import { uploadMessages } from "@/lib/uploads/messages";

export const IDENTITY_PICTURES = ["logo", "hero"] as const;
export type IdentityPicture = (typeof IDENTITY_PICTURES)[number];

const which = z.enum(IDENTITY_PICTURES, { error: "Kies het logo of de foto van de startpagina." });

export const identityPictureSchema = z.object({
  which,
  // An empty file input still posts one empty file.
  photo: files().refine((chosen) => chosen.some((f) => f.size > 0), uploadMessages.required),
});

export const identityPictureResetSchema = z.object({ which });
