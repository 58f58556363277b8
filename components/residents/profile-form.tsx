"use client";
// The profile form, shared by the resident (Mijn gegevens) and staff acting for them.
import { AddressField, Form, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionResult } from "@/lib/actions/result";
import { profileSchema } from "@/lib/residents/schema";

type Profile = {
  name: string | null;
  phone: string | null;
  street: string | null;
  houseNumber: string | null;
  box: string | null;
  postcode: string | null;
  city: string | null;
};

export function ProfileForm({
  profile,
  action,
  residentId,
}: {
  profile: Profile;
  action: (prev: ActionResult<null> | null, data: FormData) => Promise<ActionResult<null>>;
  residentId?: string;
}) {
  return (
    <Form
      action={action}
      schema={profileSchema}
      label="Gegevens"
      keepValues
      success={() => "De gegevens zijn bewaard."}
    >
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      <TextField
        label="Voor- en achternaam"
        name="name"
        autoComplete={residentId ? "off" : "name"}
        defaultValue={profile.name ?? ""}
      />
      <TextField
        label="Telefoon"
        name="phone"
        type="tel"
        autoComplete={residentId ? "off" : "tel"}
        optional
        defaultValue={profile.phone ?? ""}
      />
      <AddressField
        name="address"
        optional
        hint="Vul het hele adres in, of laat het leeg."
        defaultValue={profile}
        autoFill={!residentId}
      />
      <SubmitButton>Gegevens bewaren</SubmitButton>
    </Form>
  );
}
