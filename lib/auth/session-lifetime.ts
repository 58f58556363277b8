// How long a session lives. Residents keep Auth.js's own lifetime (config.ts: 30 days, renewed
// daily). A session of anyone holding a staff role also ends after inactivity and after a maximum
// lifetime, because counter PCs are shared: these numbers are the one place to change that.
// getActor (actor.ts) applies the rule on every request, so an expired session is deleted before
// anything is shown and the next page asks to sign in again.
import type { Db } from "@/lib/db/client";

export const STAFF_SESSION_LIMITS = {
  /** Idle this long and the session ends. */
  idleMs: 30 * 60 * 1000,
  /** Signed in this long and the session ends, however active. */
  maxAgeMs: 10 * 60 * 60 * 1000,
  /** lastSeenAt is written at most this often, so a burst of requests does not write every time. */
  touchEveryMs: 60 * 1000,
} as const;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/** Why a session is over under the staff rule, or null while it may continue. */
export function staffSessionExpiry(
  times: SessionTimes,
  now: Date,
  limits = STAFF_SESSION_LIMITS,
): "idle" | "max-age" | null {
  if (now.getTime() - times.createdAt.getTime() > limits.maxAgeMs) return "max-age";
  if (now.getTime() - times.lastSeenAt.getTime() > limits.idleMs) return "idle";
  return null;
}

/**
 * Applies the rule to one session: false (and the session row deleted) when a staff session is
 * over, true otherwise. Every session's lastSeenAt is kept current, so a resident who becomes
 * staff is judged by their real inactivity.
 */
export async function keepSessionAlive(
  db: Db,
  session: { id: string; userId: string; isStaff: boolean },
  now = new Date(),
): Promise<boolean> {
  const row = await db.session.findFirst({
    where: { id: session.id, userId: session.userId },
    select: { createdAt: true, lastSeenAt: true },
  });
  if (!row) return false;
  if (session.isStaff && staffSessionExpiry(row, now)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= STAFF_SESSION_LIMITS.touchEveryMs) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return true;
}
