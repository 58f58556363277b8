// The actor behind a request: who is signed in, their staff permissions and the association they
// currently act for. Loaded once per request and re-checked against the database every time, so a
// revoked role or membership takes effect at once.
import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import type { StaffRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { type Permission, permissionsFor } from "./permissions";
import { keepSessionAlive } from "./session-lifetime";
import { sessionToken } from "./session-token";

export type Actor = {
  userId: string;
  sessionId: string | null;
  name: string | null;
  email: string | null;
  roles: StaffRole[];
  permissions: Set<Permission>;
  actingFor: { id: string; name: string; recognised: boolean } | null;
};

type ActorRow = {
  sessionId: string;
  expires: Date;
  createdAt: Date;
  lastSeenAt: Date;
  userId: string;
  name: string | null;
  email: string | null;
  roles: StaffRole[];
  actingId: string | null;
  actingName: string | null;
  actingRecognised: boolean | null;
};

/**
 * The session (unexpired), its user (not erased), the user's roles and the acting association while
 * the user is still a member of it: one statement, as every request of every page asks it.
 */
function actorRow(token: string) {
  return db.$queryRaw<ActorRow[]>`
    SELECT s.id AS "sessionId", s.expires, s."createdAt", s."lastSeenAt",
      u.id AS "userId", u.name, u.email,
      ARRAY(SELECT r.role::text FROM "StaffRoleAssignment" r WHERE r."userId" = u.id ORDER BY r.role) AS roles,
      a.id AS "actingId", a.name AS "actingName", a.recognised AS "actingRecognised"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId" AND u."erasedAt" IS NULL
    LEFT JOIN "Association" a ON a.id = s."actingAssociationId"
      AND EXISTS (SELECT 1 FROM "AssociationMember" m WHERE m."associationId" = a.id AND m."userId" = u.id)
    WHERE s."sessionToken" = ${token} AND s.expires > now()`;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  // Only for a real request, never in a prerender (also not the per-session "runtime" prerenders
  // behind prefetching): who is asking is never part of a cached shell.
  await connection();
  const token = await sessionToken();
  if (!token) return null;
  // An erased account has no sessions left; the join also holds for one that somehow survived.
  const row = (await actorRow(token))[0];
  if (!row) return null;
  const roles = row.roles;
  // Idle and maximum lifetime of staff sessions (session-lifetime.ts): an expired one is deleted
  // here, so this request and every later one is anonymous until the person signs in again.
  if (
    !(await keepSessionAlive(db, {
      id: row.sessionId,
      expires: row.expires,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      isStaff: roles.length > 0,
    }))
  )
    return null;
  return {
    userId: row.userId,
    sessionId: row.sessionId,
    name: row.name,
    email: row.email,
    roles,
    permissions: permissionsFor(roles),
    actingFor:
      row.actingId === null
        ? null
        : { id: row.actingId, name: row.actingName ?? "", recognised: Boolean(row.actingRecognised) },
  };
});
