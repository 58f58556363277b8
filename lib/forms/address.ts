// The zod side of the kit's AddressField: a Belgian address posted as `<name>.street`, … Either
// every part the address needs is filled in, or (when optional) none is.
import { z } from "zod";
import { postcodeSchema } from "@/lib/be/address";
import { optionalText } from "./fields";

const parts = z.object({
  street: optionalText({ max: 120 }),
  houseNumber: optionalText({ max: 12 }),
  box: optionalText({ max: 12 }),
  postcode: optionalText({ max: 10 }),
  city: optionalText({ max: 80 }),
});

export type Address = {
  street: string;
  houseNumber: string;
  box?: string;
  postcode: string;
  city: string;
};

const REQUIRED = [
  ["street", "Vul de straat in."],
  ["houseNumber", "Vul het huisnummer in."],
  ["postcode", "Vul de postcode in."],
  ["city", "Vul de gemeente in."],
] as const;

function complete(value: z.output<typeof parts>, ctx: z.RefinementCtx): Address {
  let ok = true;
  const refuse = (key: string, message: string) => {
    ok = false;
    ctx.addIssue({ code: "custom", path: [key], message });
  };
  for (const [key, message] of REQUIRED) if (!value[key]) refuse(key, message);
  if (value.postcode && !postcodeSchema.safeParse(value.postcode).success)
    refuse("postcode", "Een Belgische postcode heeft 4 cijfers.");
  return ok ? (value as Address) : z.NEVER;
}

/** A required address. */
export function addressSchema() {
  return parts.prefault({}).transform(complete);
}

/** An address that may be left empty entirely (then null). */
export function optionalAddressSchema() {
  return parts
    .prefault({})
    .transform((value, ctx) =>
      Object.values(value).every((v) => v === undefined) ? null : complete(value, ctx),
    );
}
