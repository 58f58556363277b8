// The right to erasure as one table: for every table that holds or points to a person, what erasing
// a resident does to it. `remove` deletes their rows; `pseudonymise` keeps the row for the books or
// the statistics but blanks name, e-mail, phone, address and free text and cuts the link to the
// person; `keep` leaves it, for the legal reason given. The staff confirmation step shows this table
// as it is, and tests/unit/privacy/erasure-rules.test.ts fails when a model has neither a rule here
// nor a place in NO_PERSONAL_DATA. Each remove/pseudonymise rule has its step in ./erase-steps
// (the compiler checks that none is missing). The rows live in ./erasure-rules/{remove,
// pseudonymise,keep}.ts and run in this order: removals first, the account itself last.
import type { Prisma } from "@/generated/prisma/client";
import { KEEP_RULES } from "./erasure-rules/keep";
import { PSEUDONYMISE_RULES } from "./erasure-rules/pseudonymise";
import { REMOVE_RULES } from "./erasure-rules/remove";

export type ErasureAction = "remove" | "pseudonymise" | "keep";

export type ErasureRule = {
  id: string;
  model: Prisma.ModelName;
  action: ErasureAction;
  /** Which rows and what happens to them, in Dutch. */
  what: string;
  /** Why: the purpose or the law behind a kept row, in Dutch. */
  reason: string;
};

export const ERASURE_RULES = [...REMOVE_RULES, ...PSEUDONYMISE_RULES, ...KEEP_RULES] as const;

export type ErasureRuleId = (typeof ERASURE_RULES)[number]["id"];
/** The rules that change data; each has a step in ./erase-steps. */
export type ErasureStepId = Extract<
  (typeof ERASURE_RULES)[number],
  { action: "remove" | "pseudonymise" }
>["id"];

/**
 * Models that hold no data about a person: catalogues, settings, capacity, infrastructure. A new
 * model goes either here or into ERASURE_RULES, never nowhere.
 */
export const NO_PERSONAL_DATA: readonly Prisma.ModelName[] = [
  // Organisations, places and opening hours (contact details of the municipality, not of a person).
  "Municipality",
  "Site",
  "Desk",
  "OpeningHours",
  "ClosurePeriod",
  "ClosingHoliday",
  "Association",
  "Department",
  // Catalogues and settings.
  "AppointmentService",
  "AppointmentServiceDesk",
  "DeskAvailability",
  "QueueService",
  "QueueNumberSequence",
  // The last invoice number of each year (lib/payments/invoice.ts): a counter, no person.
  "InvoiceNumberSequence",
  "ReportCategory",
  "ReportSettings",
  "Performance",
  "TicketType",
  "HallCategory",
  "HallDayPart",
  "Hall",
  "HallTariff",
  "HallCancellationRule",
  "LoanCategory",
  "LoanItem",
  "LoanItemPrice",
  "LoanAccessory",
  "LoanSlot",
  "LoanSettings",
  "LoanLine",
  "Team",
  "CaseWorkflow",
  "CaseStatus",
  "CaseTransition",
  "Product",
  "ProductFormVersion",
  "CaseSettings",
  "PaymentSettings",
  "AdviceBody",
  // UiTdatabank: the id and address of a public event once published, and the event-type table.
  "EventPublication",
  "UitdatabankEventType",
  "ActivitySettings",
  // The fiscal maximum per day of childcare per year (attest 281.86): amounts, no person.
  "ChildcareDayCap",
  "RegistrationOpening",
  "Activity",
  "ActivityTariff",
  "ActivitySession",
  // Capacity and infrastructure: references and counters, no names.
  "CapacityPool",
  "CapacityHold",
  "StripeEvent",
  "SeedStep",
  "NextCacheTag",
  // Only the hash of a link that no longer works.
  "AppointmentRetiredLink",
];
