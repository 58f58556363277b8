"use client";
// The profile form, shared by the resident (Mijn gegevens) and staff acting for them.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { AddressFields } from "./address-fields";
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
    <ActionForm
      action={action}
      schema={profileSchema}
      label="Gegevens"
      success={() => "De gegevens zijn bewaard."}
    >
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      <TextField
        label="Voor- en achternaam"
        name="name"
        autoComplete="name"
        defaultValue={profile.name ?? ""}
      />
      <TextField
        label="Telefoon"
        name="phone"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={profile.phone ?? ""}
      />
      <AddressFields address={profile} autoFill={!residentId} />
      <SubmitButton>Gegevens bewaren</SubmitButton>
    </ActionForm>
  );
}
