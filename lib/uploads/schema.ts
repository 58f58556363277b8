// The form that gives a catalogue item (hall, performance) its public picture: the file and the
// text that describes it to someone who cannot see it, both required.
import { z } from "zod";
import { files, requiredText } from "@/lib/forms/fields";
import { uploadMessages } from "./messages";

export const publicPhotoSchema = z.object({
  subjectId: z.string().min(1).max(40),
  // An empty file input still posts one empty file.
  photo: files().refine((chosen) => chosen.some((f) => f.size > 0), uploadMessages.required),
  photoAlt: requiredText("Beschrijf wat op de foto te zien is, voor wie ze niet kan zien.", { max: 200 }),
});

export type PublicPhotoInput = z.infer<typeof publicPhotoSchema>;
