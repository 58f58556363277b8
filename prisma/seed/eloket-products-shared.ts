// What every e-loket seed product has, and the applicant page several of them start with.
import type { ProductAudience } from "@/generated/prisma/enums";
import type { FormDefinitionInput } from "@/lib/form-engine";

export type SeedProduct = {
  slug: string;
  name: string;
  summary: string;
  keywords: string;
  audiences: ProductAudience[];
  costText: string;
  attachments: string;
  slaDays: number;
  fullyOnline: boolean;
  team: string;
  form: FormDefinitionInput;
  /** The document issued when staff decide (lib/eloket/document.ts): {{answer keys}} and facts. */
  document?: { title: string; template: string };
  /** Issued at once from the population register for a resident with a verified national number. */
  issuedFromRegister?: boolean;
};

export const applicant: FormDefinitionInput["pages"][number] = {
  key: "aanvrager",
  title: "Je gegevens",
  fields: [
    { key: "name", type: "text", label: "Naam", prefill: "profile.name" },
    { key: "email", type: "email", label: "E-mailadres", prefill: "profile.email" },
    { key: "phone", type: "phone", label: "Telefoonnummer", required: false, prefill: "profile.phone" },
  ],
};
