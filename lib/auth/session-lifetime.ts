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

/** Auth.js's database-session lifetime (config.ts): 30 days, the end moved forward at most daily. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

export type ReadSession = SessionTimes & { id: string; expires: Date; isStaff: boolean };

/**
 * Applies the rules to a session the actor just read: false (and the session row deleted) when a
 * staff session is over, true otherwise. At most one write: lastSeenAt kept current (at most once
 * a minute), so a resident who becomes staff is judged by their real inactivity, and the end moved
 * forward as Auth.js does (the actor reads the session itself, see session-token.ts).
 */
export async function keepSessionAlive(db: Db, session: ReadSession, now = new Date()): Promise<boolean> {
  if (session.isStaff && staffSessionExpiry(session, now)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return false;
  }
  const renew =
    session.expires.getTime() - (SESSION_MAX_AGE_S - SESSION_UPDATE_AGE_S) * 1000 <= now.getTime();
  const touch = now.getTime() - session.lastSeenAt.getTime() >= STAFF_SESSION_LIMITS.touchEveryMs;
  if (renew || touch)
    await db.session.updateMany({
      where: { id: session.id },
      data: {
        ...(touch ? { lastSeenAt: now } : {}),
        ...(renew ? { expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) } : {}),
      },
    });
  return true;
}
