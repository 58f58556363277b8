// Hole 7c: the resident tariff rests on staff's verification of residence, never on the postcode a
// user types into their own profile; a new address needs a new verification.
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { prepareBooking } from "@/lib/halls/commands/prepare";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { updateProfile } from "@/lib/residents/commands";
import { isVerifiedResident, unverifyResident, verifyResident } from "@/lib/residents/verification";
import { seed } from "@/prisma/seed";
import { hall, resident } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

const wingene = { street: "Kerkstraat", houseNumber: "3", postcode: "8750", city: "Wingene" };

async function hallForEveryone() {
  const h = await hall({ requiresApproval: false });
  await db.hallTariff.create({
    data: { hallId: h.id, category: "EXTERNAL", unitCents: 30000, bookingWindowMonths: 6 },
  });
  return h;
}

const categoryOf = async (hallId: string, userId: string) => {
  const date = addBrusselsDays(brusselsParts(new Date()).dateKey, 20);
  const input = bookingSchema.parse({
    hallId,
    unit: "DAY_PART",
    date,
    dayParts: ["AVOND"],
    bookFor: "self",
    purpose: "Feest",
  });
  const prepared = await prepareBooking(db, input, userId);
  return { category: prepared.category, rent: prepared.quote.priceCents };
};

describe("the resident tariff's basis", () => {
  it("charges a typed Wingene postcode the non-resident tariff until staff verify, and again after a move", async () => {
    const h = await hallForEveryone();
    const user = await resident("9000", false);
    const clerk = await resident();
    await updateProfile(
      { actorId: user.id, residentId: user.id },
      { name: "Nieuwe Inwoner", phone: undefined, address: wingene },
    );
    expect(await categoryOf(h.id, user.id)).toEqual({ category: "EXTERNAL", rent: 30000 });

    await verifyResident(user.id, clerk.id);
    expect(await categoryOf(h.id, user.id)).toEqual({ category: "RESIDENT", rent: 15000 });

    await updateProfile(
      { actorId: user.id, residentId: user.id },
      { name: "Nieuwe Inwoner", phone: undefined, address: { ...wingene, houseNumber: "5" } },
    );
    expect(await isVerifiedResident(user.id)).toBe(false);
    expect(await categoryOf(h.id, user.id)).toEqual({ category: "EXTERNAL", rent: 30000 });
    const audit = await db.auditLog.findMany({
      where: { onBehalfOfId: user.id },
      select: { action: true, details: true },
    });
    expect(audit).toHaveLength(3);
    expect(audit).toContainEqual({ action: "resident.verified", details: null });
    expect(audit).toContainEqual({
      action: "profile.updated",
      details: { residentVerificationWithdrawn: true },
    });
  });

  it("keeps the verification when only the name or phone changes", async () => {
    const user = await resident();
    await db.user.update({ where: { id: user.id }, data: { street: wingene.street, houseNumber: "3" } });
    await updateProfile(
      { actorId: user.id, residentId: user.id },
      { name: "Andere Naam", phone: "0470 00 00 00", address: wingene },
    );
    expect(await isVerifiedResident(user.id)).toBe(true);
  });

  it("lets staff withdraw a verification, audited, and refuses to verify a staff account", async () => {
    const user = await resident();
    const clerk = await resident("8750", false);
    await unverifyResident(user.id, clerk.id);
    expect(await isVerifiedResident(user.id)).toBe(false);
    expect(
      await db.auditLog.count({
        where: { onBehalfOfId: user.id, actorId: clerk.id, action: "resident.unverified" },
      }),
    ).toBe(1);

    await db.staffRoleAssignment.create({ data: { userId: clerk.id, role: "ADMIN" } });
    await expect(verifyResident(clerk.id, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.residentVerification.count({ where: { userId: clerk.id } })).toBe(0);
  });
});
