// Managing staff: granting and removing roles, adding an account as staff, and offboarding (every
// role and every session gone at once). Roles are read fresh on every request (lib/auth/actor.ts),
// so a change takes effect on the person's next request. Every change is audited.
//
// Administrators are protected twice: nobody takes away their own ADMIN role or their own access
// (they would lock themselves out mid-task), and the last ADMIN cannot go (nobody could manage
// staff any more). The ADMIN rows are locked first, so two administrators removing each other at
// the same moment cannot both succeed.
import type { StaffRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { staffMessages } from "./messages";

type Who = { actorId: string; userId: string };

async function lockAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "StaffRoleAssignment" WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.userId);
}

async function lockUser(tx: Tx, userId: string) {
  const [user] = await tx.$queryRaw<{ id: string; erasedAt: Date | null }[]>`
    SELECT id, "erasedAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user || user.erasedAt) throw new AppError("NOT_FOUND", staffMessages.notFound);
  return user;
}

async function currentRoles(tx: Tx, userId: string): Promise<StaffRole[]> {
  const rows = await tx.staffRoleAssignment.findMany({ where: { userId }, select: { role: true } });
  return rows.map((r) => r.role);
}

/** Refuses a change that would leave the actor without ADMIN or the portal without any. */
function guardAdmins(admins: string[], who: Who, keepsAdmin: boolean, self: string) {
  if (keepsAdmin || !admins.includes(who.userId)) return;
  if (who.userId === who.actorId) throw new AppError("CONFLICT", self);
  if (admins.length <= 1) throw new AppError("CONFLICT", staffMessages.lastAdmin);
}

/** Deletes every role and every session of the person (they are signed out at once) and audits it. */
async function endAccess(tx: Tx, who: Who, roles: StaffRole[]): Promise<number> {
  await tx.staffRoleAssignment.deleteMany({ where: { userId: who.userId } });
  const { count: sessions } = await tx.session.deleteMany({ where: { userId: who.userId } });
  await recordAudit(tx, {
    actorId: who.actorId,
    onBehalfOfId: who.userId,
    action: "staff.offboarded",
    subjectType: "User",
    subjectId: who.userId,
    details: { roles, sessions },
  });
  return sessions;
}

export type RolesSaved = { roles: StaffRole[]; signedOut: number | null };

/**
 * Sets the roles of a staff member to exactly `roles`. No role left is offboarding: every session
 * of the person is deleted too (`signedOut` says how many), as with offboardStaff.
 */
export async function setStaffRoles(db: Db, who: Who, roles: StaffRole[]): Promise<RolesSaved> {
  return transaction(db, async (tx) => {
    const admins = await lockAdmins(tx);
    await lockUser(tx, who.userId);
    if (roles.length === 0 && who.userId === who.actorId)
      throw new AppError("CONFLICT", staffMessages.ownOffboarding);
    guardAdmins(admins, who, roles.includes("ADMIN"), staffMessages.ownAdmin);
    const before = await currentRoles(tx, who.userId);
    const added = roles.filter((r) => !before.includes(r));
    const removed = before.filter((r) => !roles.includes(r));
    if (added.length === 0 && removed.length === 0) return { roles, signedOut: null };
    if (roles.length === 0) return { roles, signedOut: await endAccess(tx, who, before) };
    await tx.staffRoleAssignment.deleteMany({ where: { userId: who.userId, role: { in: removed } } });
    await tx.staffRoleAssignment.createMany({ data: added.map((role) => ({ userId: who.userId, role })) });
    await recordAudit(tx, {
      actorId: who.actorId,
      onBehalfOfId: who.userId,
      action: "staff.roles-changed",
      subjectType: "User",
      subjectId: who.userId,
      details: { added, removed },
    });
    return { roles, signedOut: null };
  });
}

/** Offboarding: every role removed and every session of the person deleted, in one transaction. */
export async function offboardStaff(db: Db, who: Who): Promise<{ roles: StaffRole[]; sessions: number }> {
  return transaction(db, async (tx) => {
    if (who.userId === who.actorId) throw new AppError("CONFLICT", staffMessages.ownOffboarding);
    const admins = await lockAdmins(tx);
    await lockUser(tx, who.userId);
    guardAdmins(admins, who, false, staffMessages.ownOffboarding);
    const roles = await currentRoles(tx, who.userId);
    return { roles, sessions: await endAccess(tx, who, roles) };
  });
}

/**
 * Makes the account with `email` staff with `roles`, creating the account when there is none yet
 * (the person then signs in with that address). Returns the account's id.
 */
export async function addStaff(db: Db, actorId: string, input: { email: string; roles: StaffRole[] }) {
  return transaction(
    db,
    async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, erasedAt: true, _count: { select: { staffRoles: true } } },
      });
      if (existing?.erasedAt) throw new FieldError("email", staffMessages.erased);
      if (existing && existing._count.staffRoles > 0)
        throw new FieldError("email", staffMessages.alreadyStaff);
      const user = existing ?? (await tx.user.create({ data: { email: input.email }, select: { id: true } }));
      await tx.staffRoleAssignment.createMany({
        data: input.roles.map((role) => ({ userId: user.id, role })),
      });
      await recordAudit(tx, {
        actorId,
        onBehalfOfId: user.id,
        action: "staff.added",
        subjectType: "User",
        subjectId: user.id,
        details: { roles: input.roles, newAccount: !existing },
      });
      return user.id;
    },
    {
      // Two administrators adding the same address at once: the second hears it is already staff.
      refusals: {
        User_email_key: () => new FieldError("email", staffMessages.alreadyStaff),
        StaffRoleAssignment_userId_role_key: () => new FieldError("email", staffMessages.alreadyStaff),
      },
    },
  );
}
