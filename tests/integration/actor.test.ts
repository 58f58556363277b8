// Who is asking (lib/auth/actor.ts), read from the session cookie in one statement: the user and
// their roles, the acting association only while they are still a member of it, nothing for an
// expired session, an erased account or an unknown token; and the session's end moved forward as
// Auth.js would.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

const request = vi.hoisted(() => ({ token: null as string | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionToken: async () => request.token }));
vi.mock("next/server", () => ({ connection: async () => undefined }));

const { getActor } = await import("@/lib/auth/actor");
const DAY = 24 * 3600 * 1000;

async function signedIn(options: { roles?: ("ADMIN" | "LEISURE")[]; expires?: Date } = {}) {
  const user = await db.user.create({
    data: {
      name: "Lies Vermeersch",
      email: `lies-${randomUUID()}@example.be`,
      staffRoles: { create: (options.roles ?? []).map((role) => ({ role })) },
    },
  });
  const session = await db.session.create({
    data: {
      userId: user.id,
      sessionToken: randomUUID(),
      expires: options.expires ?? new Date(Date.now() + 30 * DAY),
    },
  });
  request.token = session.sessionToken;
  return { user, session };
}

beforeEach(() => {
  request.token = null;
});

describe("getActor", () => {
  it("reads the user, their roles and the session from the cookie's token", async () => {
    const { user, session } = await signedIn({ roles: ["LEISURE", "ADMIN"] });
    const actor = await getActor();
    expect(actor).toMatchObject({
      userId: user.id,
      sessionId: session.id,
      name: "Lies Vermeersch",
      email: user.email,
    });
    expect([...(actor?.roles ?? [])].sort()).toEqual(["ADMIN", "LEISURE"]);
    expect(actor?.permissions.has("staff:manage")).toBe(true);
  });

  it("gives the acting association only while the user is still one of its members", async () => {
    const { user, session } = await signedIn();
    const club = await db.association.create({
      data: {
        slug: `club-${randomUUID()}`,
        name: "KSA Wingene",
        recognised: true,
        members: { create: { userId: user.id } },
      },
    });
    await db.session.update({ where: { id: session.id }, data: { actingAssociationId: club.id } });
    expect((await getActor())?.actingFor).toEqual({ id: club.id, name: "KSA Wingene", recognised: true });
    await db.associationMember.deleteMany({ where: { associationId: club.id, userId: user.id } });
    expect((await getActor())?.actingFor).toBeNull();
  });

  it("is nobody for an unknown token, an expired session or an erased account", async () => {
    await signedIn();
    request.token = randomUUID();
    expect(await getActor()).toBeNull();
    await signedIn({ expires: new Date(Date.now() - 1000) });
    expect(await getActor()).toBeNull();
    const { user } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { erasedAt: new Date() } });
    expect(await getActor()).toBeNull();
  });

  it("moves a session's end 30 days ahead once a day has passed since it was last moved", async () => {
    const { session } = await signedIn({ expires: new Date(Date.now() + 29 * DAY - 60_000) });
    expect(await getActor()).not.toBeNull();
    const moved = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(moved.expires.getTime()).toBeGreaterThan(Date.now() + 30 * DAY - 60_000);
  });
});
