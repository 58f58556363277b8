// The actor behind a request: who is signed in, their staff permissions and the association they
// currently act for. Loaded once per request and re-checked against the database every time, so a
// revoked role or membership takes effect at once.
import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import type { StaffRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { auth } from "./config";
import { type Permission, permissionsFor } from "./permissions";
import { keepSessionAlive } from "./session-lifetime";

export type Actor = {
  userId: string;
  sessionId: string | null;
  name: string | null;
  email: string | null;
  roles: StaffRole[];
  permissions: Set<Permission>;
  actingFor: { id: string; name: string; recognised: boolean } | null;
};

export const getActor = cache(async (): Promise<Actor | null> => {
  // Only for a real request, never in a prerender (also not the per-session "runtime" prerenders
  // behind prefetching): reading the session makes Auth.js mint a random CSRF token, which a
  // prerender refuses, and who is asking is never part of a cached shell.
  await connection();
  const session = (await auth()) as { sessionId?: string; user?: { id?: string } } | null;
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, erasedAt: true, staffRoles: { select: { role: true } } },
  });
  // An erased account has no sessions left; this also holds for one that somehow survived.
  if (!user || user.erasedAt) return null;
  const sessionId = session.sessionId ?? null;
  const roles = user.staffRoles.map((r) => r.role);
  // Idle and maximum lifetime of staff sessions (session-lifetime.ts): an expired one is deleted
  // here, so this request and every later one is anonymous until the person signs in again.
  if (sessionId && !(await keepSessionAlive(db, { id: sessionId, userId, isStaff: roles.length > 0 })))
    return null;
  const acting = sessionId
    ? await db.session.findFirst({
        where: { id: sessionId, userId, actingAssociation: { members: { some: { userId } } } },
        select: { actingAssociation: { select: { id: true, name: true, recognised: true } } },
      })
    : null;
  return {
    userId: user.id,
    sessionId,
    name: user.name,
    email: user.email,
    roles,
    permissions: permissionsFor(roles),
    actingFor: acting?.actingAssociation ?? null,
  };
});
