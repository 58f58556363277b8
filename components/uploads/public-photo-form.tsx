"use client";
// Staff give a hall or a performance its public picture: the file and a required description (the
// alt text residents' screen readers read). The server cleans it and makes the sizes; this form
// shows the picture there is now.
import { FileField, Form, SubmitButton, TextField } from "@/components/ui/form";
import { Picture } from "@/components/ui/picture";
import type { FormAction } from "@/components/ui/form/form";
import { PUBLIC_PHOTO_POLICY } from "@/lib/uploads/public-photo-policy";
import { publicPhotoSchema } from "@/lib/uploads/schema";
import type { StoredPicture } from "@/lib/uploads/sizes";

export function PublicPhotoForm({
  action,
  subjectId,
  current,
  currentAlt,
  label,
}: {
  action: FormAction<null>;
  subjectId: string;
  current: StoredPicture | null;
  currentAlt: string;
  /** "Foto van de zaal", "Affiche". */
  label: string;
}) {
  return (
    <Form action={action} schema={publicPhotoSchema} label={label} success={() => "De foto is opgeslagen."}>
      <input type="hidden" name="subjectId" value={subjectId} />
      {current && (
        <Picture
          picture={current}
          alt={currentAlt}
          sizes="24rem"
          className="max-w-sm rounded-md border border-slate-300"
        />
      )}
      <FileField
        name={PUBLIC_PHOTO_POLICY.field}
        label={current ? "Nieuwe foto" : "Foto"}
        accept="image/jpeg,image/png,image/webp"
        hint={`JPEG, PNG of WebP van hoogstens ${PUBLIC_PHOTO_POLICY.maxBytes / 1024 / 1024} MB, liefst liggend. We verwijderen locatie- en toestelgegevens en maken kleinere versies voor telefoons.`}
      />
      <TextField
        label="Beschrijving van de foto"
        name="photoAlt"
        defaultValue={current ? currentAlt : ""}
        hint="Wat iemand die de foto niet ziet moet weten, bijvoorbeeld: Feestzaal met gedekte tafels en een podium."
      />
      <SubmitButton>Foto opslaan</SubmitButton>
    </Form>
  );
}
