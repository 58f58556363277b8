"use client";
// The beheerder replaces the logo or the home page photo with an own picture (cleaned and resized
// by the server, as a hall's photo), or puts the drawing back after a confirmation.
import { ConfirmAction, FileField, Form, SubmitButton } from "@/components/ui/form";
import { resetIdentityPictureAction, identityPictureAction } from "@/lib/municipality/actions";
import { identityPictureSchema, type IdentityPicture } from "@/lib/municipality/picture-schema";
import { PUBLIC_PHOTO_POLICY } from "@/lib/uploads/public-photo-policy";

const texts: Record<IdentityPicture, { label: string; hint: string; reset: string; consequence: string }> = {
  logo: {
    label: "Logo",
    hint: "Staat naast de naam bovenaan elke pagina. Liefst een PNG met doorzichtige achtergrond.",
    reset: "Getekend logo terugzetten",
    consequence: "Je eigen logo wordt verwijderd; elke pagina toont weer het getekende logo.",
  },
  hero: {
    label: "Foto van de startpagina",
    hint: "Naast de welkomsttekst op de startpagina, liefst liggend. De beschrijving vul je hierboven in.",
    reset: "Getekende foto terugzetten",
    consequence: "Je eigen foto wordt verwijderd; de startpagina toont weer de getekende prent.",
  },
};

export function IdentityPictureForm({ which, uploaded }: { which: IdentityPicture; uploaded: boolean }) {
  const t = texts[which];
  const megabytes = PUBLIC_PHOTO_POLICY.maxBytes / 1024 / 1024;
  return (
    <div className="space-y-4">
      <Form
        action={identityPictureAction}
        schema={identityPictureSchema}
        label={t.label}
        success={() => "Bewaard. Elke pagina toont de nieuwe afbeelding."}
      >
        <input type="hidden" name="which" value={which} />
        <FileField
          name={PUBLIC_PHOTO_POLICY.field}
          label={uploaded ? `Nieuw bestand voor: ${t.label.toLowerCase()}` : t.label}
          accept="image/jpeg,image/png,image/webp"
          hint={`${t.hint} JPEG, PNG of WebP van hoogstens ${megabytes} MB; we verwijderen locatie- en toestelgegevens.`}
        />
        <SubmitButton>{`${t.label} opladen`}</SubmitButton>
      </Form>
      {uploaded && (
        <ConfirmAction
          action={resetIdentityPictureAction}
          fields={{ which }}
          trigger={t.reset}
          consequence={t.consequence}
          confirmLabel="Ja, terugzetten"
          done={() => "De tekening staat weer op elke pagina."}
        />
      )}
    </div>
  );
}
