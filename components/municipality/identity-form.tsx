"use client";
// The beheerder's form for the portal's look. The colour is typed as #rrggbb (a colour picker's
// value is the same text), so it works without JavaScript and with a screen reader.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { updateIdentityAction } from "@/lib/municipality/actions";
import { identitySchema } from "@/lib/municipality/schema";

type Identity = { tagline: string | null; brandColor: string; heroAlt: string };

export function IdentityForm({ identity }: { identity: Identity }) {
  return (
    <Form
      action={updateIdentityAction}
      schema={identitySchema}
      label="Huisstijl"
      keepValues
      success={() => "Bewaard. Elke pagina toont de nieuwe huisstijl."}
    >
      <TextField
        name="tagline"
        label="Slogan op de startpagina"
        defaultValue={identity.tagline ?? ""}
        maxLength={120}
      />
      <TextField
        name="brandColor"
        label="Kleur van de gemeente"
        hint="Als # met zes tekens, bijvoorbeeld #0b5e3b. Te lichte kleuren worden geweigerd: witte tekst moet erop leesbaar blijven."
        defaultValue={identity.brandColor}
        spellCheck={false}
        autoComplete="off"
        maxLength={7}
      />
      <TextField
        name="heroAlt"
        label="Wat staat er op de foto van de startpagina?"
        hint="Voor wie de foto niet ziet. Laat leeg als de foto enkel versiering is."
        defaultValue={identity.heroAlt}
        optional
        maxLength={200}
      />
      <SubmitButton>Huisstijl bewaren</SubmitButton>
    </Form>
  );
}
