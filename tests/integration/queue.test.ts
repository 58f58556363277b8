// The walk-in queue under concurrency: kiosks drawing numbers at once get consecutive, distinct
// numbers; desks calling "volgende" at once each get a different ticket, and every ticket is
// called exactly once.
import { beforeAll, describe, expect, it } from "vitest";
import { callNext, issueTicket } from "@/lib/queue/commands";
import { ticketState } from "@/lib/queue/queries";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

async function setup(siteSlug: string, serviceSlug: string) {
  const site = await db.site.findUniqueOrThrow({ where: { slug: siteSlug } });
  const service = await db.queueService.findUniqueOrThrow({ where: { slug: serviceSlug } });
  const desks = await db.desk.findMany({ where: { siteId: site.id }, orderBy: { slug: "asc" } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "onthaal@wingene.be" } });
  return { site, service, desks, staff };
}

describe("queue tickets", () => {
  it("hands out distinct consecutive numbers when ten people draw at once", async () => {
    const { site, service } = await setup("gemeentehuis-wingene", "afval");
    const before = await db.queueTicket.count({ where: { siteId: site.id, queueServiceId: service.id } });
    const tickets = await Promise.all(
      Array.from({ length: 10 }, () =>
        issueTicket({ siteId: site.id, queueServiceId: service.id, email: null }, null),
      ),
    );
    const numbers = tickets.map((t) => t.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => before + i + 1));
    expect(tickets.every((t) => t.code === `C${String(t.number).padStart(3, "0")}`)).toBe(true);
  });

  it("calls each waiting ticket exactly once when three desks click at once, oldest first", async () => {
    const { site, service, desks, staff } = await setup("gemeentehuis-ruiselede", "andere-vraag");
    const issued = [];
    for (let i = 0; i < 5; i++)
      issued.push(await issueTicket({ siteId: site.id, queueServiceId: service.id, email: null }, staff.id));
    const called = await Promise.all(desks.slice(0, 3).map((c) => callNext(c.id, staff.id, service.id)));
    const codes = called.map((c) => c!.code);
    expect(new Set(codes).size).toBe(3);
    expect(codes.sort()).toEqual(
      issued
        .slice(0, 3)
        .map((t) => t.code)
        .sort(),
    );
    const rows = await db.queueTicket.findMany({ where: { id: { in: issued.map((t) => t.id) } } });
    expect(rows.filter((r) => r.status === "CALLED")).toHaveLength(3);
    expect(new Set(rows.filter((r) => r.deskId).map((r) => r.deskId)).size).toBe(3);

    // The fourth ticket is now first in line; calling again closes the desk's previous ticket.
    const fourth = await ticketState(issued[3].trackToken);
    expect(fourth).toMatchObject({ status: "WAITING", place: 1 });
    expect((await ticketState(issued[4].trackToken))!.place).toBe(2);
    const next = await callNext(desks[0].id, staff.id, service.id);
    expect(next!.code).toBe(issued[3].code);
    const previous = rows.find((r) => r.deskId === desks[0].id)!;
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: previous.id } })).status).toBe("DONE");
    await callNext(desks[1].id, staff.id, service.id);
    expect(await callNext(desks[2].id, staff.id, service.id)).toBeNull();
  });

  it("knows nothing of an unknown or malformed ticket link", async () => {
    expect(await ticketState("a".repeat(24))).toBeNull();
    expect(await ticketState("../../etc")).toBeNull();
  });
});
