// The staff session rule: 30 minutes idle or 10 hours in all ends a staff session; a resident's
// session is never ended by it.
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { keepSessionAlive, STAFF_SESSION_LIMITS, staffSessionExpiry } from "@/lib/auth/session-lifetime";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const start = new Date("2026-12-01T08:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("staffSessionExpiry", () => {
  it("uses 30 minutes of inactivity and 10 hours in all", () => {
    expect(STAFF_SESSION_LIMITS.idleMs).toBe(30 * MINUTE);
    expect(STAFF_SESSION_LIMITS.maxAgeMs).toBe(10 * HOUR);
  });

  it("keeps a session used 30 minutes ago and ends one idle a moment longer", () => {
    const times = { createdAt: start, lastSeenAt: at(HOUR) };
    expect(staffSessionExpiry(times, at(HOUR + 30 * MINUTE))).toBeNull();
    expect(staffSessionExpiry(times, at(HOUR + 30 * MINUTE + 1000))).toBe("idle");
  });

  it("ends a session after 10 hours even when it was used a minute ago", () => {
    const times = { createdAt: start, lastSeenAt: at(10 * HOUR - MINUTE) };
    expect(staffSessionExpiry(times, at(10 * HOUR))).toBeNull();
    expect(staffSessionExpiry(times, at(10 * HOUR + 1000))).toBe("max-age");
  });
});

/** Records what keepSessionAlive writes to the session table. */
function fakeDb() {
  const writes: string[] = [];
  const db = {
    session: {
      deleteMany: async () => {
        writes.push("delete");
        return { count: 1 };
      },
      updateMany: async ({ data }: { data: { lastSeenAt?: Date; expires?: Date } }) => {
        if (data.lastSeenAt) writes.push(`touch ${data.lastSeenAt.toISOString()}`);
        if (data.expires) writes.push(`renew ${data.expires.toISOString()}`);
        return { count: 1 };
      },
    },
  };
  return { db: db as unknown as Db, writes };
}

const DAY = 24 * HOUR;
/** A session as the actor read it: signed in at `start`, ending 30 days after its last renewal. */
const session = (isStaff: boolean, lastSeenAt = start, expires = new Date(start.getTime() + 30 * DAY)) => ({
  id: "s1",
  isStaff,
  createdAt: start,
  lastSeenAt,
  expires,
});

describe("keepSessionAlive", () => {
  it("deletes a staff session idle for more than 30 minutes", async () => {
    const fake = fakeDb();
    expect(await keepSessionAlive(fake.db, session(true), at(31 * MINUTE))).toBe(false);
    expect(fake.writes).toEqual(["delete"]);
  });

  it("deletes a staff session older than 10 hours", async () => {
    const fake = fakeDb();
    expect(await keepSessionAlive(fake.db, session(true, at(10 * HOUR)), at(10 * HOUR + MINUTE))).toBe(false);
    expect(fake.writes).toEqual(["delete"]);
  });

  it("leaves a resident's session alone after hours idle and days old, records the visit and moves its end as Auth.js would", async () => {
    const fake = fakeDb();
    const later = at(3 * DAY);
    expect(await keepSessionAlive(fake.db, session(false), later)).toBe(true);
    expect(fake.writes).toEqual([
      `touch ${later.toISOString()}`,
      `renew ${new Date(later.getTime() + 30 * DAY).toISOString()}`,
    ]);
  });

  it("moves the end of a session forward at most once a day", async () => {
    const fake = fakeDb();
    // Read 23 hours after its last renewal: not yet due; visited 30 s before: no touch either.
    expect(await keepSessionAlive(fake.db, session(false, at(23 * HOUR - 30 * 1000)), at(23 * HOUR))).toBe(
      true,
    );
    expect(fake.writes).toEqual([]);
  });

  it("moves an active staff session's last activity forward, at most once a minute", async () => {
    const fake = fakeDb();
    expect(await keepSessionAlive(fake.db, session(true), at(20 * MINUTE))).toBe(true);
    expect(await keepSessionAlive(fake.db, session(true, at(20 * MINUTE)), at(20 * MINUTE + 30 * 1000))).toBe(
      true,
    );
    expect(fake.writes).toEqual([`touch ${at(20 * MINUTE).toISOString()}`]);
    // 20 minutes after that touch it is still alive: the idle time counts from the last request.
    expect(await keepSessionAlive(fake.db, session(true, at(20 * MINUTE)), at(40 * MINUTE))).toBe(true);
  });
});
