// Staff accounts (/beheer/medewerkers): roles granted and removed, offboarding ends every session,
// administrators cannot lock themselves or the portal out, only administrators may act, everything
// audited; and the staff session rule applied where every request reads its session (getActor).
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { addStaff, offboardStaff, setStaffRoles } from "@/lib/staff/commands";
import { staffMessages } from "@/lib/staff/messages";

// The actor reads the session cookie; here each test says which session row the request carries.
const request = vi.hoisted(() => ({ session: null as { token: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionToken: async () => request.session?.token ?? null }));
vi.mock("next/server", () => ({ connection: async () => undefined }));

const { getActor } = await import("@/lib/auth/actor");
const { addStaffAction, offboardStaffAction, setStaffRolesAction } = await import("@/lib/staff/actions");

const person = (name: string, roles: StaffRole[] = []) =>
  db.user.create({
    data: {
      name,
      email: `${name.toLowerCase()}-${randomUUID()}@example.be`,
      staffRoles: { create: roles.map((role) => ({ role })) },
    },
  });

const signIn = (userId: string, times: { createdAt?: Date; lastSeenAt?: Date } = {}) =>
  db.session.create({
    data: {
      userId,
      sessionToken: randomUUID(),
      expires: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      ...times,
    },
  });

const rolesOf = async (userId: string) =>
  (await db.staffRoleAssignment.findMany({ where: { userId }, orderBy: { role: "asc" } })).map((r) => r.role);

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.message : error),
  );

let admin: { id: string };
let clerk: { id: string };

beforeEach(async () => {
  admin = await person("Admin", ["ADMIN"]);
  clerk = await person("Clerk", ["FRONT_DESK"]);
  request.session = null;
});

describe("roles", () => {
  it("grants and removes roles exactly as ticked, keeps the sessions and audits what changed", async () => {
    await signIn(clerk.id);
    const saved = await setStaffRoles(db, { actorId: admin.id, userId: clerk.id }, ["LEISURE", "EVENTS"]);
    expect(saved.signedOut).toBeNull();
    expect(await rolesOf(clerk.id)).toEqual(["LEISURE", "EVENTS"]);
    expect(await db.session.count({ where: { userId: clerk.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "staff.roles-changed", subjectId: clerk.id },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.details).toEqual({ added: ["LEISURE", "EVENTS"], removed: ["FRONT_DESK"] });
  });

  it("writes nothing when the ticked roles are the ones already held", async () => {
    await setStaffRoles(db, { actorId: admin.id, userId: clerk.id }, ["FRONT_DESK"]);
    expect(await db.auditLog.count({ where: { subjectId: clerk.id } })).toBe(0);
  });

  it("adds an unknown address as a new account with its roles, audited", async () => {
    const email = `nieuw-${randomUUID()}@wingene.be`;
    const id = await addStaff(db, admin.id, { email, roles: ["CALL_CENTRE"] });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).email).toBe(email);
    expect(await rolesOf(id)).toEqual(["CALL_CENTRE"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.added", subjectId: id } });
    expect(audit.details).toEqual({ roles: ["CALL_CENTRE"], newAccount: true });
  });

  it("promotes an existing resident account and refuses an account that is already staff", async () => {
    const resident = await person("Resident");
    const { email } = await db.user.findUniqueOrThrow({ where: { id: resident.id } });
    expect(await addStaff(db, admin.id, { email: email!, roles: ["EVENTS"] })).toBe(resident.id);
    expect(await rolesOf(resident.id)).toEqual(["EVENTS"]);
    const again = await addStaff(db, admin.id, { email: email!, roles: ["LEISURE"] }).catch((e) => e);
    expect(again).toBeInstanceOf(FieldError);
    expect(again).toMatchObject({ field: "email", message: staffMessages.alreadyStaff });
    expect(await rolesOf(resident.id)).toEqual(["EVENTS"]);
  });
});

describe("offboarding", () => {
  it("removes every role and deletes every session of the person at once, audited", async () => {
    await db.staffRoleAssignment.create({ data: { userId: clerk.id, role: "EVENTS" } });
    await signIn(clerk.id);
    await signIn(clerk.id);
    const other = await signIn(admin.id);
    const result = await offboardStaff(db, { actorId: admin.id, userId: clerk.id });
    expect(result).toEqual({ roles: ["FRONT_DESK", "EVENTS"], sessions: 2 });
    expect(await rolesOf(clerk.id)).toEqual([]);
    expect(await db.session.count({ where: { userId: clerk.id } })).toBe(0);
    expect(await db.session.findUnique({ where: { id: other.id } })).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "staff.offboarded", subjectId: clerk.id },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      details: { roles: ["FRONT_DESK", "EVENTS"], sessions: 2 },
    });
    // The account itself stays, as a resident's.
    expect(await db.user.findUnique({ where: { id: clerk.id } })).not.toBeNull();
  });

  it("signs the person out when the roles form leaves no role ticked", async () => {
    await signIn(clerk.id);
    const saved = await setStaffRoles(db, { actorId: admin.id, userId: clerk.id }, []);
    expect(saved.signedOut).toBe(1);
    expect(await db.session.count({ where: { userId: clerk.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "staff.offboarded", subjectId: clerk.id } })).toBe(1);
  });

  it("a signed-out person's next request is anonymous", async () => {
    const session = await signIn(clerk.id);
    request.session = { token: session.sessionToken };
    expect((await getActor())?.roles).toEqual(["FRONT_DESK"]);
    await offboardStaff(db, { actorId: admin.id, userId: clerk.id });
    expect(await getActor()).toBeNull();
  });
});

describe("protections", () => {
  it("refuses an administrator taking away their own ADMIN role", async () => {
    const refused = await refusal(setStaffRoles(db, { actorId: admin.id, userId: admin.id }, ["FRONT_DESK"]));
    expect(refused).toBe(staffMessages.ownAdmin);
    expect(await rolesOf(admin.id)).toEqual(["ADMIN"]);
  });

  it("refuses an administrator offboarding themselves, by either form", async () => {
    await signIn(admin.id);
    expect(await refusal(offboardStaff(db, { actorId: admin.id, userId: admin.id }))).toBe(
      staffMessages.ownOffboarding,
    );
    expect(await refusal(setStaffRoles(db, { actorId: admin.id, userId: admin.id }, []))).toBe(
      staffMessages.ownOffboarding,
    );
    expect(await rolesOf(admin.id)).toEqual(["ADMIN"]);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("never removes the last administrator, also not when two remove each other at once", async () => {
    // Other test files of this worker leave administrators behind; this test needs to know them all.
    await db.staffRoleAssignment.deleteMany({ where: { role: "ADMIN", userId: { not: admin.id } } });
    const second = await person("Second", ["ADMIN"]);
    const results = await Promise.allSettled([
      offboardStaff(db, { actorId: admin.id, userId: second.id }),
      setStaffRoles(db, { actorId: second.id, userId: admin.id }, ["FRONT_DESK"]),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason.message).toBe(staffMessages.lastAdmin);
    expect(await db.staffRoleAssignment.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("who may manage staff", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
    return data;
  };

  it("refuses staff without staff:manage with HTTP 403 for every action, writing nothing", async () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
    const session = await signIn(clerk.id);
    request.session = { token: session.sessionToken };
    const target = await person("Target", ["LEISURE"]);
    const calls = [
      () => setStaffRolesAction(null, form({ userId: target.id, roles: ["ADMIN"] })),
      () => offboardStaffAction(null, form({ userId: target.id })),
      () => addStaffAction(null, form({ email: `x-${randomUUID()}@example.be`, roles: "ADMIN" })),
    ];
    for (const call of calls) {
      const error = await call().catch((e: { digest?: string }) => e);
      expect(error).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    }
    expect(await rolesOf(target.id)).toEqual(["LEISURE"]);
    expect(await rolesOf(clerk.id)).toEqual(["FRONT_DESK"]);
    expect(await db.auditLog.count({ where: { actorId: clerk.id } })).toBe(0);
  });
});

describe("staff session lifetime, applied on every request", () => {
  const minutes = (n: number) => new Date(Date.now() - n * 60 * 1000);

  it("ends a staff session idle for more than 30 minutes and deletes its row", async () => {
    const session = await signIn(clerk.id, { createdAt: minutes(60), lastSeenAt: minutes(31) });
    request.session = { token: session.sessionToken };
    expect(await getActor()).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("ends a staff session after 10 hours however active it is", async () => {
    const session = await signIn(clerk.id, { createdAt: minutes(10 * 60 + 1), lastSeenAt: minutes(1) });
    request.session = { token: session.sessionToken };
    expect(await getActor()).toBeNull();
  });

  it("keeps an active staff session and records the request", async () => {
    const session = await signIn(clerk.id, { createdAt: minutes(9 * 60), lastSeenAt: minutes(29) });
    request.session = { token: session.sessionToken };
    expect((await getActor())?.userId).toBe(clerk.id);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(60 * 1000);
  });

  it("leaves a resident's session of days without use as it is", async () => {
    const resident = await person("Resident");
    const session = await signIn(resident.id, {
      createdAt: minutes(3 * 24 * 60),
      lastSeenAt: minutes(2 * 24 * 60),
    });
    request.session = { token: session.sessionToken };
    expect((await getActor())?.userId).toBe(resident.id);
  });
});
