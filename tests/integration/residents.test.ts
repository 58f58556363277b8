// Resident commands: scoped to the resident, the same for staff acting on their behalf, audited.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { residentMessages } from "@/lib/residents/messages";
import {
  addHouseholdMember,
  registerResident,
  removeHouseholdMember,
  setActingAssociation,
  updateProfile,
} from "@/lib/residents/commands";
import { findResidents, getResidentForStaff } from "@/lib/residents/queries";

const person = (name: string) =>
  db.user.create({ data: { name, email: `${name.toLowerCase()}-${randomUUID()}@example.be` } });

let resident: { id: string };
let other: { id: string };
let clerk: { id: string };

beforeEach(async () => {
  resident = await person("Resident");
  other = await person("Other");
  clerk = await person("Clerk");
});

describe("profile and household", () => {
  it("records staff acting for a resident with both names in the audit log", async () => {
    await updateProfile(
      { actorId: clerk.id, residentId: resident.id },
      {
        name: "Ria Resident",
        phone: "0470 11 22 33",
        address: { street: "Markt", houseNumber: "2", postcode: "8750", city: "Wingene" },
      },
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: resident.id } })).toMatchObject({
      phone: "0470 11 22 33",
      street: "Markt",
      houseNumber: "2",
      box: null,
      postcode: "8750",
      city: "Wingene",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { onBehalfOfId: resident.id, action: "profile.updated" },
    });
    expect(audit.actorId).toBe(clerk.id);
  });

  it("adds a household member to the resident, not to the staff member", async () => {
    const id = await addHouseholdMember(
      { actorId: clerk.id, residentId: resident.id },
      { firstName: "Mila", lastName: "R", birthDate: "2018-05-01" },
    );
    const member = await db.householdMember.findUniqueOrThrow({ where: { id } });
    expect(member.userId).toBe(resident.id);
    expect(member.birthDate.toISOString().slice(0, 10)).toBe("2018-05-01");
  });

  it("answers 'not found' and removes nothing when someone targets another household's member", async () => {
    const id = await addHouseholdMember(
      { actorId: other.id, residentId: other.id },
      { firstName: "Kid", lastName: "O", birthDate: "2015-01-01" },
    );
    await expect(
      removeHouseholdMember({ actorId: resident.id, residentId: resident.id }, id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.householdMember.count({ where: { id } })).toBe(1);
    await removeHouseholdMember({ actorId: other.id, residentId: other.id }, id);
    expect(await db.householdMember.count({ where: { id } })).toBe(0);
  });
});

describe("whom staff may act for", () => {
  it("never opens, finds or changes an account with a staff role, only residents", async () => {
    const admin = await db.user.create({
      data: {
        name: `Beheerder ${randomUUID()}`,
        email: `beheer-${randomUUID()}@wingene.be`,
        staffRoles: { create: { role: "ADMIN" } },
      },
    });
    const by = { actorId: clerk.id, residentId: admin.id };
    expect(await getResidentForStaff(admin.id)).toBeNull();
    expect((await findResidents(admin.name!, 1))?.rows).toEqual([]);
    await expect(
      updateProfile(by, { name: "Overgenomen", phone: undefined, address: null }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      addHouseholdMember(by, { firstName: "Indringer", lastName: "X", birthDate: "2015-01-01" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ name: admin.name });
    expect(await db.householdMember.count({ where: { userId: admin.id } })).toBe(0);
    // A staff member still edits their own profile, and residents stay within reach.
    await updateProfile(
      { actorId: admin.id, residentId: admin.id },
      { name: "Eigen Naam", phone: undefined, address: null },
    );
    expect((await getResidentForStaff(resident.id))?.id).toBe(resident.id);
  });
});

describe("acting for an association", () => {
  it("lets a member act for the association and records the choice", async () => {
    const association = await db.association.create({
      data: { slug: `a-${randomUUID()}`, name: "Test vzw", members: { create: { userId: resident.id } } },
    });
    const session = await db.session.create({
      data: { sessionToken: randomUUID(), userId: resident.id, expires: new Date(Date.now() + 3_600_000) },
    });
    await setActingAssociation(resident.id, session.id, association.id);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).actingAssociationId).toBe(
      association.id,
    );
    expect(
      await db.auditLog.count({
        where: { actorId: resident.id, associationId: association.id, action: "acting.association" },
      }),
    ).toBe(1);
    await setActingAssociation(resident.id, session.id, null);
    expect(
      (await db.session.findUniqueOrThrow({ where: { id: session.id } })).actingAssociationId,
    ).toBeNull();
  });

  it("refuses a non-member and leaves the session unchanged", async () => {
    const association = await db.association.create({
      data: { slug: `a-${randomUUID()}`, name: "Andere vzw" },
    });
    const session = await db.session.create({
      data: { sessionToken: randomUUID(), userId: resident.id, expires: new Date(Date.now() + 3_600_000) },
    });
    const attempt = setActingAssociation(resident.id, session.id, association.id);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      (await db.session.findUniqueOrThrow({ where: { id: session.id } })).actingAssociationId,
    ).toBeNull();
  });

  it("cannot change someone else's session", async () => {
    const association = await db.association.create({
      data: { slug: `a-${randomUUID()}`, name: "Derde vzw", members: { create: { userId: resident.id } } },
    });
    const othersSession = await db.session.create({
      data: { sessionToken: randomUUID(), userId: other.id, expires: new Date(Date.now() + 3_600_000) },
    });
    await expect(setActingAssociation(resident.id, othersSession.id, association.id)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(
      (await db.session.findUniqueOrThrow({ where: { id: othersSession.id } })).actingAssociationId,
    ).toBeNull();
  });
});

describe("registering a resident at the desk", () => {
  const profile = {
    phone: "050 12 34 56",
    address: { street: "Markt", houseNumber: "1", postcode: "8755", city: "Ruiselede" },
  };

  it("creates the resident without an e-mail address and records who did it", async () => {
    const id = await registerResident(clerk.id, { name: "Gerard Zonder Mail", email: undefined, ...profile });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ name: "Gerard Zonder Mail", email: null, city: "Ruiselede" });
    expect(
      await db.auditLog.count({
        where: { actorId: clerk.id, onBehalfOfId: id, action: "account.registered-by-staff" },
      }),
    ).toBe(1);
  });

  it("refuses a second account for an existing e-mail address next to the field and creates nothing", async () => {
    const existing = await db.user.findUniqueOrThrow({ where: { id: resident.id } });
    const before = await db.user.count();
    await expect(
      registerResident(clerk.id, { name: "Dubbel", email: existing.email!, ...profile }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "email", message: residentMessages.emailTaken });
    expect(await db.user.count()).toBe(before);
  });

  it("lets one of two clerks registering the same address at once win, and tells the other", async () => {
    const address = `nieuw-${randomUUID()}@example.be`;
    const results = await Promise.allSettled([
      registerResident(clerk.id, { name: "Eerste Balie", email: address, ...profile }),
      registerResident(clerk.id, { name: "Tweede Balie", email: address, ...profile }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ message: residentMessages.emailTaken });
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });
});
