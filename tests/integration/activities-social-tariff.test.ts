// The social tariff (UiTPAS kansentarief) through the real server actions and register command: a
// requested claim leaves the normal price; once staff confirm it, a registration stores
// "Kansentarief (UiTPAS)" and 20 % of the price; a claim ending before the session starts gives
// the normal price; a resident cannot confirm (403); a parent cannot file for another parent's
// child; bad input stores nothing; decisions are audited; an offer accepted from the waiting list
// gets the social price; the retention job removes old refused and ended claims only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToBasket } from "@/lib/activities/commands/basket";
import { cancelRegistration } from "@/lib/activities/commands/cancel";
import { acceptOffer, hashToken } from "@/lib/activities/commands/offers";
import { registerBasket } from "@/lib/activities/commands/register";
import { joinWaitingRoom } from "@/lib/activities/commands/waiting-room";
import { removeExpiredSocialTariffClaims } from "@/lib/activities/retention";
import { socialMessages } from "@/lib/activities/social-schema";
import { db } from "@/lib/db";
import { municipality } from "@/prisma/seed/data";
import { activity, opening, parent, session } from "./activities-fixtures";
import { actorWith, digestOf, formData } from "../support/server-action-call";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

const { requestMySocialTariff, confirmSocialTariffAction, refuseSocialTariffAction } =
  await import("@/lib/activities/social-actions");

const actorFor = (userId: string, staff: boolean) => actorWith(userId, staff ? ["LEISURE"] : []);

const post = formData;

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
let staffId: string;

beforeAll(async () => {
  await db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } });
  const staff = await db.user.create({
    data: { email: `vt-${Date.now()}@wingene.be`, name: "Vrije Tijd" },
  });
  staffId = staff.id;
});

async function request(userId: string, memberId: string, uitpasNumber = "4100 0000 0001 7") {
  current.actor = actorFor(userId, false);
  return requestMySocialTariff(null, post({ memberId, uitpasNumber }));
}

async function confirm(memberId: string, validUntil = "2027-12-31") {
  const claim = await db.socialTariffClaim.findUniqueOrThrow({ where: { memberId } });
  current.actor = actorFor(staffId, true);
  const digest = await digestOf(
    confirmSocialTariffAction(null, post({ claimId: claim.id, basis: "UITPAS_SEEN", validUntil })),
  );
  expect(digest).toContain("/beheer/vrije-tijd/activiteiten/kansentarief?bevestigd=");
  return claim;
}

/** A parent with one child registers it for a fresh week session (non-resident: 60 euro a week). */
async function registration(p: Awaited<ReturnType<typeof parent>>, start = "2027-07-05", end = "2027-07-09") {
  const o = await opening(minutes(-1));
  const a = await activity(o.id);
  const s = await session(a.id, 5, { start, end });
  await addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id });
  await joinWaitingRoom(db, o.id, { userId: p.user.id }, minutes(-2));
  await registerBasket(o.id, { userId: p.user.id });
  return db.activityRegistration.findFirstOrThrow({ where: { userId: p.user.id, sessionId: s.id } });
}

describe("the social tariff on a registration", () => {
  it("leaves the normal price while requested, and stores Kansentarief and 20 % once staff confirmed", async () => {
    const p = await parent([{ firstName: "Mila", birthDate: "2018-03-03" }]);
    expect(await request(p.user.id, p.members[0]!.id)).toMatchObject({ ok: true, data: { changed: true } });
    const stored = await db.socialTariffClaim.findUniqueOrThrow({ where: { memberId: p.members[0]!.id } });
    expect(stored).toMatchObject({ uitpasNumber: "4100000000017", status: "REQUESTED" });

    const before = await registration(p);
    expect(before).toMatchObject({ tariffCode: "NON_RESIDENT", priceCents: 6000 });

    const claim = await confirm(p.members[0]!.id);
    const after = await registration(p, "2027-08-02", "2027-08-06");
    expect(after).toMatchObject({
      tariffCode: "SOCIAL",
      tariffLabel: "Kansentarief (UiTPAS), weekprijs",
      priceCents: 1200,
    });
    const line = await db.orderLine.findFirstOrThrow({ where: { itemId: after.sessionId } });
    expect(line).toMatchObject({ unitCents: 1200, tariffCode: "SOCIAL" });

    const audit = await db.auditLog.findMany({ where: { subjectId: claim.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, a.onBehalfOfId])).toEqual([
      ["activity.social-tariff-requested", p.user.id, p.user.id],
      ["activity.social-tariff-confirmed", staffId, p.user.id],
    ]);
  });

  it("gives the normal price when the claim ends before the session starts", async () => {
    const p = await parent([{ firstName: "Finn", birthDate: "2018-03-03" }]);
    await request(p.user.id, p.members[0]!.id);
    await confirm(p.members[0]!.id, "2027-07-04");
    const r = await registration(p, "2027-07-05");
    expect(r).toMatchObject({ tariffCode: "NON_RESIDENT", priceCents: 6000 });
  });

  it("gives an offer accepted from the waiting list the social price confirmed while the child waited", async () => {
    const o = await opening(minutes(-1));
    const a = await activity(o.id);
    const s = await session(a.id, 1);
    const first = await parent([{ firstName: "Lou", birthDate: "2018-03-03" }]);
    const second = await parent([{ firstName: "Noor", birthDate: "2018-03-03" }]);
    for (const p of [first, second]) {
      await addToBasket({ sessionId: s.id, memberId: p.members[0]!.id }, { userId: p.user.id });
      await joinWaitingRoom(db, o.id, { userId: p.user.id }, minutes(-2));
      await registerBasket(o.id, { userId: p.user.id });
    }
    const waiting = await db.activityRegistration.findFirstOrThrow({ where: { userId: second.user.id } });
    expect(waiting).toMatchObject({ status: "WAITING", priceCents: 6000 });
    await request(second.user.id, second.members[0]!.id);
    await confirm(second.members[0]!.id);
    const held = await db.activityRegistration.findFirstOrThrow({ where: { userId: first.user.id } });
    await cancelRegistration(held.id, { userId: first.user.id });
    await db.activityRegistration.update({
      where: { id: waiting.id },
      data: { offerTokenHash: hashToken("t-" + waiting.id) },
    });
    const order = await acceptOffer("t-" + waiting.id);
    expect(order.totalCents).toBe(1200);
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "HELD",
      tariffCode: "SOCIAL",
      priceCents: 1200,
    });
  });
});

describe("who may file and decide", () => {
  it("refuses a resident who confirms their own claim (403) and leaves it requested", async () => {
    const p = await parent([{ firstName: "Lien", birthDate: "2018-03-03" }]);
    await request(p.user.id, p.members[0]!.id);
    const claim = await db.socialTariffClaim.findUniqueOrThrow({ where: { memberId: p.members[0]!.id } });
    current.actor = actorFor(p.user.id, false);
    const digest = await digestOf(
      confirmSocialTariffAction(
        null,
        post({ claimId: claim.id, basis: "UITPAS_SEEN", validUntil: "2027-12-31" }),
      ),
    );
    expect(digest).toContain("403");
    expect((await db.socialTariffClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe(
      "REQUESTED",
    );
    expect(
      await db.auditLog.count({ where: { subjectId: claim.id, action: "activity.social-tariff-confirmed" } }),
    ).toBe(0);
  });

  it("answers not found when a parent files for another parent's child, and stores nothing", async () => {
    const mine = await parent([{ firstName: "Jens", birthDate: "2018-03-03" }]);
    const theirs = await parent([{ firstName: "Fien", birthDate: "2018-03-03" }]);
    const result = await request(mine.user.id, theirs.members[0]!.id);
    expect(result).toMatchObject({ ok: false });
    expect(await db.socialTariffClaim.count({ where: { memberId: theirs.members[0]!.id } })).toBe(0);
  });

  it("refuses with a reason the parent sees, audited", async () => {
    const p = await parent([{ firstName: "Tuur", birthDate: "2018-03-03" }]);
    await request(p.user.id, p.members[0]!.id);
    const claim = await db.socialTariffClaim.findUniqueOrThrow({ where: { memberId: p.members[0]!.id } });
    current.actor = actorFor(staffId, true);
    const digest = await digestOf(
      refuseSocialTariffAction(null, post({ claimId: claim.id, reason: "Geen kansenstatuut op de kaart." })),
    );
    expect(digest).toContain("geweigerd=Tuur");
    expect(await db.socialTariffClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "REFUSED",
      refusalReason: "Geen kansenstatuut op de kaart.",
      decidedById: staffId,
    });
    expect(
      await db.auditLog.count({ where: { subjectId: claim.id, action: "activity.social-tariff-refused" } }),
    ).toBe(1);
    // A new number after a refusal is a new request.
    expect(await request(p.user.id, p.members[0]!.id, "4100000000024")).toMatchObject({ ok: true });
    expect(await db.socialTariffClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "REQUESTED",
      uitpasNumber: "4100000000024",
      refusalReason: null,
    });
  });
});

describe("bad input: a Dutch message on the field and nothing stored", () => {
  it("refuses 12 digits, 14 digits and letters", async () => {
    const p = await parent([{ firstName: "Bas", birthDate: "2018-03-03" }]);
    for (const number of ["4100 0000 0001", "41000000000170", "41000000000A7"]) {
      expect(await request(p.user.id, p.members[0]!.id, number)).toMatchObject({
        ok: false,
        fieldErrors: { uitpasNumber: [socialMessages.number] },
      });
    }
    expect(await db.socialTariffClaim.count({ where: { memberId: p.members[0]!.id } })).toBe(0);
  });

  it("refuses a confirmation without basis, an end date in the past and a refusal without reason", async () => {
    const p = await parent([{ firstName: "Roos", birthDate: "2018-03-03" }]);
    await request(p.user.id, p.members[0]!.id);
    const claim = await db.socialTariffClaim.findUniqueOrThrow({ where: { memberId: p.members[0]!.id } });
    current.actor = actorFor(staffId, true);
    expect(
      await confirmSocialTariffAction(null, post({ claimId: claim.id, basis: "", validUntil: "2027-12-31" })),
    ).toMatchObject({ ok: false, fieldErrors: { basis: [socialMessages.basis] } });
    expect(
      await confirmSocialTariffAction(
        null,
        post({ claimId: claim.id, basis: "OCMW_ATTEST", validUntil: "2020-01-01" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { validUntil: [socialMessages.pastValidUntil] } });
    expect(await refuseSocialTariffAction(null, post({ claimId: claim.id, reason: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [socialMessages.reason] },
    });
    expect(await db.socialTariffClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "REQUESTED",
      decidedAt: null,
    });
  });
});

describe("retention", () => {
  it("removes refused claims after the set days and confirmed ones after their end date, not open ones", async () => {
    const p = await parent([
      { firstName: "Aa", birthDate: "2018-03-03" },
      { firstName: "Bb", birthDate: "2018-03-03" },
      { firstName: "Cc", birthDate: "2018-03-03" },
      { firstName: "Dd", birthDate: "2018-03-03" },
    ]);
    const [refusedOld, confirmedEnded, confirmedValid, open] = p.members.map((m) => m.id);
    const long = new Date(Date.now() - 400 * 86_400_000);
    await db.socialTariffClaim.createMany({
      data: [
        { memberId: refusedOld!, uitpasNumber: "4100000000017", status: "REFUSED", decidedAt: long },
        { memberId: confirmedEnded!, uitpasNumber: "4100000000017", status: "CONFIRMED", validUntil: long },
        {
          memberId: confirmedValid!,
          uitpasNumber: "4100000000017",
          status: "CONFIRMED",
          validUntil: new Date(),
        },
        { memberId: open!, uitpasNumber: "4100000000017", createdAt: long },
      ],
    });
    await removeExpiredSocialTariffClaims(db);
    const left = await db.socialTariffClaim.findMany({ where: { member: { userId: p.user.id } } });
    expect(left.map((c) => c.memberId).sort()).toEqual([confirmedValid, open].sort());
  });
});
