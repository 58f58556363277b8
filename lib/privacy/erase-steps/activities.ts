// Erasure steps for activities and the household (rules in ../erasure-rules).
import type { Tx } from "@/lib/db/client";
import { ERASED, type ErasureScope } from "../erase-scope";

type Step = (tx: Tx, s: ErasureScope) => Promise<number>;
const count = async (p: Promise<{ count: number }>) => (await p).count;

export const ACTIVITY_STEPS = {
  activityOrganisers: (tx, s) => count(tx.activityOrganiser.deleteMany({ where: { userId: s.userId } })),
  activityMessages: (tx, s) => count(tx.activityMessage.deleteMany({ where: { senderId: s.userId } })),
  basket: (tx, s) => count(tx.activityBasketLine.deleteMany({ where: { userId: s.userId } })),
  socialTariffClaims: (tx, s) =>
    count(tx.socialTariffClaim.deleteMany({ where: { member: { userId: s.userId } } })),
  lotteryChildren: (tx, s) =>
    count(tx.lotteryEntryChild.deleteMany({ where: { entry: { userId: s.userId } } })),
  lotteryEntries: (tx, s) => count(tx.lotteryEntry.deleteMany({ where: { userId: s.userId } })),
  waitingRoomChildren: (tx, s) =>
    count(tx.waitingRoomChild.deleteMany({ where: { entry: { userId: s.userId } } })),
  waitingRoom: (tx, s) => count(tx.waitingRoomEntry.deleteMany({ where: { userId: s.userId } })),
  // Each row gets a child key of its own: one shared value would make two erased registrations of
  // overlapping sessions look like one child in two places to the exclusion constraint.
  activityRegistrations: (tx, s) => tx.$executeRaw`
    UPDATE "ActivityRegistration"
       SET "childName" = ${ERASED}, "childKey" = 'gewist:' || id, "userId" = NULL, "memberId" = NULL,
           "offerTokenHash" = NULL
     WHERE "userId" = ${s.userId}
        OR "memberId" IN (SELECT id FROM "HouseholdMember" WHERE "userId" = ${s.userId})`,
  household: (tx, s) => count(tx.householdMember.deleteMany({ where: { userId: s.userId } })),
} satisfies Record<string, Step>;
