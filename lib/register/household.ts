// The population register's protocol (lib/register): what the portal sends and what it accepts
// back. The register's answer is data from outside, judged like a form post: an answer that does
// not fit this schema is an error, never an attest.
import { z } from "zod";
import { postcodeSchema } from "@/lib/be/address";
import { isCalendarDate } from "@/lib/be/calendar-date";

/** The path under POPULATION_REGISTER_URL; POST `{ nationalNumber }` with the bearer token. */
export const HOUSEHOLD_PATH = "/households/lookup";

// Printed on an official document: no control characters, no markup, a sane length.
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}<>]+$/u);

const birthDate = z.string().refine(isCalendarDate);

export const householdAnswerSchema = z.object({
  address: z.object({
    street: printable(120),
    houseNumber: printable(12),
    box: printable(12).nullish(),
    postcode: postcodeSchema,
    municipality: printable(80),
  }),
  members: z
    .array(
      z.object({
        name: printable(200),
        birthDate,
        // The register's own wording ("referentiepersoon", "echtgenote", "zoon"), printed as given.
        relation: printable(60),
      }),
    )
    .min(1)
    .max(40),
});

export type Household = z.infer<typeof householdAnswerSchema>;

/** What asking the register can come to. Only "found" ever leads to a document. */
export type RegisterAnswer =
  | { kind: "found"; household: Household }
  | { kind: "not-found" }
  | { kind: "unavailable"; reason: RegisterUnavailable };

/** not-configured: no register in this installation; unreachable: down, slow, refused; malformed: an answer that is no household. */
export type RegisterUnavailable = "not-configured" | "unreachable" | "malformed";

export interface PopulationRegister {
  /** What the attest names as its source ("bevolkingsregister", or the demo's practice register). */
  readonly source: string;
  householdOf(nationalNumber: string): Promise<RegisterAnswer>;
}

export const REGISTER_SOURCE = "bevolkingsregister";
