"use client";
// A Belgian address (straat, huisnummer, bus, postcode, gemeente) as one field of the kit: its
// parts are named `<name>.street`, `<name>.houseNumber`, … and read by lib/forms/address.ts.
import type { ReactNode } from "react";
import { TextField } from "./text-field";

export type AddressValue = {
  street?: string | null;
  houseNumber?: string | null;
  box?: string | null;
  postcode?: string | null;
  city?: string | null;
};

export function AddressField({
  name,
  legend = "Adres",
  hint,
  optional,
  defaultValue = {},
  autoFill = true,
}: {
  name: string;
  legend?: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  defaultValue?: AddressValue;
  /** Off when staff type someone else's address, so the browser does not offer their own. */
  autoFill?: boolean;
}) {
  const auto = (token: string) => (autoFill ? token : "off");
  const d = (v?: string | null) => v ?? "";
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      <TextField
        label="Straat"
        name={`${name}.street`}
        autoComplete={auto("address-line1")}
        optional={optional}
        defaultValue={d(defaultValue.street)}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          label="Huisnummer"
          name={`${name}.houseNumber`}
          autoComplete="off"
          optional={optional}
          defaultValue={d(defaultValue.houseNumber)}
        />
        <TextField
          label="Bus"
          name={`${name}.box`}
          autoComplete="off"
          optional
          defaultValue={d(defaultValue.box)}
        />
      </div>
      <div className="grid grid-cols-[7rem_1fr] gap-4">
        <TextField
          label="Postcode"
          name={`${name}.postcode`}
          inputMode="numeric"
          autoComplete={auto("postal-code")}
          optional={optional}
          defaultValue={d(defaultValue.postcode)}
        />
        <TextField
          label="Gemeente"
          name={`${name}.city`}
          autoComplete={auto("address-level2")}
          optional={optional}
          defaultValue={d(defaultValue.city)}
        />
      </div>
    </fieldset>
  );
}
