// Staff of a case's team ask the population register for the applicant's household, to see it on
// the case page. The answer is shown for that view only and never stored (data minimisation);
// every question put to the register is audited with its outcome and the national number masked.
// A failure changes nothing on the case and comes back as a Dutch message.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { formatDateKey } from "@/lib/be/calendar-date";
import { maskNationalRegisterNumber } from "@/lib/be/national-register-number";
import { formatDate, formatTime } from "@/lib/be/time";
import { staffCaseScope } from "@/lib/cases/access";
import { caseMessages } from "@/lib/cases/messages";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { householdAddress } from "@/lib/register/attest-text";
import type { Household, PopulationRegister } from "@/lib/register/household";
import { verifiedNationalNumber } from "@/lib/residents/verification";
import { registerMessages } from "../messages";

/** What the case page shows, as text: the answer travels to the browser and is kept nowhere. */
export type HouseholdLookup = {
  address: string;
  members: { name: string; birthDate: string; relation: string }[];
  /** The national number as shown on screen (birth-date part only). */
  nationalNumber: string;
  source: string;
  fetchedAt: string;
};

function shown(household: Household, nationalNumber: string, source: string, at: Date): HouseholdLookup {
  return {
    address: householdAddress(household),
    members: household.members.map((m) => ({ ...m, birthDate: formatDateKey(m.birthDate) })),
    nationalNumber,
    source,
    fetchedAt: `${formatDate(at)} om ${formatTime(at)}`,
  };
}

export async function lookupHousehold(
  db: Db,
  register: PopulationRegister,
  input: { caseId: string; staffId: string; now?: () => Date },
): Promise<HouseholdLookup> {
  const c = await db.case.findFirst({
    where: { AND: [{ id: input.caseId }, staffCaseScope(input.staffId)] },
    select: { id: true, applicantId: true },
  });
  if (!c) throw new AppError("NOT_FOUND", caseMessages.notFound);
  const nationalNumber = c.applicantId ? await verifiedNationalNumber(c.applicantId, db) : null;
  if (!nationalNumber) throw new AppError("INVALID_INPUT", registerMessages.noNationalNumber);
  const masked = maskNationalRegisterNumber(nationalNumber);
  const answer = await register.householdOf(nationalNumber);
  const outcome = answer.kind === "unavailable" ? answer.reason : answer.kind;
  await recordAudit(db, {
    actorId: input.staffId,
    onBehalfOfId: c.applicantId,
    action: "case.register-consulted",
    subjectType: "Case",
    subjectId: c.id,
    details: {
      outcome,
      nationalNumber: masked,
      ...(answer.kind === "found" ? { members: answer.household.members.length } : {}),
    },
  });
  if (answer.kind === "not-found") throw new AppError("NOT_FOUND", registerMessages.failed["not-found"]);
  if (answer.kind === "unavailable") throw new AppError("CONFLICT", registerMessages.failed[answer.reason]);
  return shown(answer.household, masked, register.source, (input.now ?? (() => new Date()))());
}
