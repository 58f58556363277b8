// The social tariff (UiTPAS kansentarief) per child: a parent files the number for their own
// child (a new number is a new request, waiting for staff again); staff (activities:manage)
// confirm with what they checked and the end date of the kansenstatuut, or refuse with a reason;
// at the desk, seeing the card, they enter a confirmed claim at once. Decisions are audited.
// Prices read the claim in price.ts: only CONFIRMED and valid on a session's first day counts.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { activityMessages } from "../messages";
import {
  socialMessages as m,
  type DeskSocialClaimInput,
  type SocialClaimInput,
  type SocialConfirmInput,
  type SocialRefuseInput,
} from "../social-schema";
import { dateKey } from "./load";
import type { Who } from "./register";

type Opts = { db?: Db; now?: Date };

const REQUESTED = {
  status: "REQUESTED",
  basis: null,
  validUntil: null,
  refusalReason: null,
  decidedById: null,
  decidedAt: null,
} as const;

async function ownChild(tx: Tx, memberId: string, userId: string) {
  const member = await tx.householdMember.findFirst({
    where: { id: memberId, userId },
    include: { socialTariff: true },
  });
  if (!member) throw new FieldError("memberId", activityMessages.childNotFound, "NOT_FOUND");
  return member;
}

function validUntilDate(key: string, now: Date) {
  if (key < now.toISOString().slice(0, 10)) throw new FieldError("validUntil", m.pastValidUntil);
  return new Date(`${key}T00:00:00Z`);
}

/**
 * A parent files the number. The same number of a request still open or a claim still valid
 * changes nothing; another number, or one after a refusal or the end date, is a new request.
 */
export async function requestSocialTariff(
  input: SocialClaimInput,
  who: Who,
  { db = appDb, now = new Date() }: Opts = {},
) {
  return transaction(db, async (tx) => {
    const member = await ownChild(tx, input.memberId, who.userId);
    const current = member.socialTariff;
    const today = now.toISOString().slice(0, 10);
    const standing =
      current?.status === "REQUESTED" ||
      (current?.status === "CONFIRMED" &&
        current.validUntil !== null &&
        dateKey(current.validUntil) >= today);
    if (standing && current?.uitpasNumber === input.uitpasNumber)
      return { firstName: member.firstName, changed: false };
    const data = { uitpasNumber: input.uitpasNumber, ...REQUESTED, createdAt: now };
    const claim = await tx.socialTariffClaim.upsert({
      where: { memberId: member.id },
      update: data,
      create: { memberId: member.id, ...data },
    });
    await recordAudit(tx, {
      actorId: who.staffId ?? who.userId,
      onBehalfOfId: who.userId,
      action: "activity.social-tariff-requested",
      subjectType: "SocialTariffClaim",
      subjectId: claim.id,
    });
    return { firstName: member.firstName, changed: true };
  });
}

/** Staff decide an open request; a staff member never decides for their own child. */
async function decide(
  tx: Tx,
  claimId: string,
  staffId: string,
  data: { status: "CONFIRMED" | "REFUSED" } & Record<string, unknown>,
  now: Date,
) {
  const claim = await tx.socialTariffClaim.findUnique({
    where: { id: claimId },
    include: { member: { select: { userId: true, firstName: true } } },
  });
  if (!claim || claim.status !== "REQUESTED") throw new AppError("NOT_FOUND", m.claimNotFound);
  if (claim.member.userId === staffId) throw new AppError("FORBIDDEN", m.ownChild);
  const moved = await tx.socialTariffClaim.updateMany({
    where: { id: claimId, status: "REQUESTED" },
    data: { ...data, decidedById: staffId, decidedAt: now },
  });
  if (moved.count === 0) throw new AppError("NOT_FOUND", m.claimNotFound);
  return claim;
}

export async function confirmSocialTariff(
  input: SocialConfirmInput,
  staffId: string,
  { db = appDb, now = new Date() }: Opts = {},
) {
  const validUntil = validUntilDate(input.validUntil, now);
  return transaction(db, async (tx) => {
    const claim = await decide(
      tx,
      input.claimId,
      staffId,
      { status: "CONFIRMED", basis: input.basis, validUntil },
      now,
    );
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: claim.member.userId,
      action: "activity.social-tariff-confirmed",
      subjectType: "SocialTariffClaim",
      subjectId: claim.id,
      details: { basis: input.basis, validUntil: input.validUntil },
    });
    return { firstName: claim.member.firstName };
  });
}

export async function refuseSocialTariff(
  input: SocialRefuseInput,
  staffId: string,
  { db = appDb, now = new Date() }: Opts = {},
) {
  return transaction(db, async (tx) => {
    const claim = await decide(
      tx,
      input.claimId,
      staffId,
      { status: "REFUSED", refusalReason: input.reason },
      now,
    );
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: claim.member.userId,
      action: "activity.social-tariff-refused",
      subjectType: "SocialTariffClaim",
      subjectId: claim.id,
    });
    return { firstName: claim.member.firstName };
  });
}

/** At the desk: staff saw the card and enter the claim confirmed for the resident's child. */
export async function confirmSocialTariffAtDesk(
  input: DeskSocialClaimInput,
  staffId: string,
  { db = appDb, now = new Date() }: Opts = {},
) {
  const validUntil = validUntilDate(input.validUntil, now);
  if (input.residentId === staffId) throw new AppError("FORBIDDEN", m.ownChild);
  return transaction(db, async (tx) => {
    const member = await ownChild(tx, input.memberId, input.residentId);
    const data = {
      uitpasNumber: input.uitpasNumber,
      status: "CONFIRMED" as const,
      basis: input.basis,
      validUntil,
      refusalReason: null,
      decidedById: staffId,
      decidedAt: now,
      createdAt: now,
    };
    const claim = await tx.socialTariffClaim.upsert({
      where: { memberId: member.id },
      update: data,
      create: { memberId: member.id, ...data },
    });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: input.residentId,
      action: "activity.social-tariff-confirmed",
      subjectType: "SocialTariffClaim",
      subjectId: claim.id,
      details: { basis: input.basis, validUntil: input.validUntil, atDesk: true },
    });
    return { firstName: member.firstName };
  });
}
