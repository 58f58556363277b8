"use server";
// Staff of a case's team and the population register, on the case page: see the applicant's
// household (shown, never stored), and issue the attest of a product issued from the register
// through the same path as the resident's instant attest. Both: cases:handle, and the case must be
// of one of the staff member's teams (the commands put the team in their `where`).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { registerIssueSchema, registerLookupSchema } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { populationRegister } from "@/lib/register";
import { issueFromRegister } from "./commands/register-attest";
import { lookupHousehold } from "./commands/register-lookup";
import { registerMessages } from "./messages";

const guard = () => requireStaff("cases:handle");

export const lookupHouseholdAction = formAction({
  schema: registerLookupSchema,
  guard,
  run: (input, actor) =>
    lookupHousehold(db, populationRegister(), { caseId: input.caseId, staffId: actor.userId }),
});

export const issueAttestFromRegisterAction = formAction({
  schema: registerIssueSchema,
  guard,
  run: async (input, actor) => {
    const result = await issueFromRegister(db, populationRegister(), {
      caseId: input.caseId,
      staffId: actor.userId,
      seen: input.seen,
    });
    if (!result) throw new AppError("CONFLICT", registerMessages.cannotIssue);
    if (!result.issued) throw new AppError("CONFLICT", registerMessages.failed[result.reason]);
    revalidatePath(`/beheer/aanvragen/${input.caseId}`);
    return null;
  },
});
