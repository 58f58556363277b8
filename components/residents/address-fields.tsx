"use client";
// The Belgian address block (straat, huisnummer, bus, postcode, gemeente), shared by every form
// that records where someone lives. `autoFill` is off when staff type someone else's address.
import { TextField } from "@/components/ui/field";

type Address = {
  street?: string | null;
  houseNumber?: string | null;
  box?: string | null;
  postcode?: string | null;
  city?: string | null;
};

export function AddressFields({ address = {}, autoFill = true }: { address?: Address; autoFill?: boolean }) {
  const auto = (token: string) => (autoFill ? token : "off");
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">Adres</legend>
      <TextField
        label="Straat"
        name="street"
        autoComplete={auto("address-line1")}
        optional
        defaultValue={address.street ?? ""}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          label="Huisnummer"
          name="houseNumber"
          autoComplete="off"
          optional
          defaultValue={address.houseNumber ?? ""}
        />
        <TextField label="Bus" name="box" autoComplete="off" optional defaultValue={address.box ?? ""} />
      </div>
      <div className="grid grid-cols-[7rem_1fr] gap-4">
        <TextField
          label="Postcode"
          name="postcode"
          inputMode="numeric"
          autoComplete={auto("postal-code")}
          optional
          defaultValue={address.postcode ?? ""}
        />
        <TextField
          label="Gemeente"
          name="city"
          autoComplete={auto("address-level2")}
          optional
          defaultValue={address.city ?? ""}
        />
      </div>
    </fieldset>
  );
}
