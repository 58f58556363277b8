// Self-service queue tickets are limited per client address, also when a script fires them all
// at once; the desk calls a ticket again, marks it as not shown or as helped, each only while it
// is called; and the desk a staff member calls to stays theirs until they choose another.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  callNext,
  finishTicket,
  markTicketNoShow,
  recallTicket,
  takeTicketSelfService,
} from "@/lib/queue/commands";
import { chosenDesk, screenState } from "@/lib/queue/queries";
import { QUEUE_TICKET_LIMIT } from "@/lib/queue/rate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seed } from "@/prisma/seed";
import { queueMessages } from "@/lib/queue/messages";

beforeAll(async () => {
  await seed(db);
});

async function setup(siteSlug = "gemeentehuis-wingene", serviceSlug = "andere-vraag") {
  const site = await db.site.findUniqueOrThrow({ where: { slug: siteSlug } });
  const service = await db.queueService.findUniqueOrThrow({ where: { slug: serviceSlug } });
  const desks = await db.desk.findMany({ where: { siteId: site.id }, orderBy: { slug: "asc" } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "onthaal@wingene.be" } });
  return {
    site,
    service,
    desks,
    staff,
    request: { siteId: site.id, queueServiceId: service.id, email: null },
  };
}

describe("self-service queue tickets", () => {
  it("hands out at most the limit to one address firing twelve at once, and still serves others", async () => {
    const { site, request } = await setup();
    const address = `198.51.100.${Math.floor(Math.random() * 200)}-${randomUUID()}`;
    const before = await db.queueTicket.count({ where: { siteId: site.id } });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => takeTicketSelfService(request, address)),
    );
    const taken = results.filter((r) => r.status === "fulfilled");
    expect(taken).toHaveLength(QUEUE_TICKET_LIMIT.max);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason).toMatchObject({ code: "RATE_LIMITED", message: queueMessages.tooManyTickets });
    }
    expect(await db.queueTicket.count({ where: { siteId: site.id } })).toBe(before + QUEUE_TICKET_LIMIT.max);

    // Another address is not held back, and the same address may again after the window.
    await expect(takeTicketSelfService(request, `${address}-ander`)).resolves.toMatchObject({
      status: "WAITING",
    });
    const later = new Date(Date.now() + (QUEUE_TICKET_LIMIT.windowSeconds + 1) * 1000);
    await expect(takeTicketSelfService(request, address, later)).resolves.toMatchObject({
      status: "WAITING",
    });
  });
});

describe("the desk's current ticket", () => {
  it("calls it again on top of the call screen, or marks it as not shown, only while called", async () => {
    const { site, service, desks, staff } = await setup("gemeentehuis-ruiselede", "afval");
    // Empty this service's queue first, so the calls below take our own tickets.
    while (await callNext(desks[0].id, staff.id, service.id)) {
      /* calling every earlier ticket */
    }
    const first = await takeTicketSelfService(
      { siteId: site.id, queueServiceId: service.id, email: null },
      randomUUID(),
    );
    const second = await takeTicketSelfService(
      { siteId: site.id, queueServiceId: service.id, email: null },
      randomUUID(),
    );
    const a = await callNext(desks[0].id, staff.id, service.id);
    const b = await callNext(desks[1].id, staff.id, service.id);
    expect([a?.code, b?.code]).toEqual([first.code, second.code]);
    expect((await screenState(site.id)).called[0].code).toBe(second.code);

    await recallTicket(staff.id, first.id, new Date(Date.now() + 1000));
    expect((await screenState(site.id)).called[0].code).toBe(first.code);

    await markTicketNoShow(staff.id, first.id);
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("NO_SHOW");
    expect((await screenState(site.id)).called.map((c) => c.code)).not.toContain(first.code);
    await expect(recallTicket(staff.id, first.id)).rejects.toThrow(/niet meer opgeroepen/);
    await expect(markTicketNoShow(staff.id, first.id)).rejects.toThrow(/niet meer opgeroepen/);

    // Two clicks at once on "niet komen opdagen": one changes it, the other is told.
    const clicks = await Promise.allSettled([
      markTicketNoShow(staff.id, second.id),
      markTicketNoShow(staff.id, second.id),
    ]);
    expect(clicks.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { subjectId: second.id, action: "queue.no-show" } })).toBe(1);
  });
});

describe("my desk", () => {
  it("stays the desk a staff member called to, per site, until they call to another", async () => {
    const { site, service, desks } = await setup("gemeentehuis-wingene", "attesten");
    const [staff, colleague] = await Promise.all(
      ["sofie", "pieter"].map((n) => db.user.create({ data: { email: `${n}-${randomUUID()}@wingene.be` } })),
    );
    expect(await chosenDesk(staff.id, site.id)).toBeNull();
    await callNext(desks[2].id, staff.id, service.id);
    await callNext(desks[0].id, colleague.id, service.id);
    expect(await chosenDesk(staff.id, site.id)).toBe(desks[2].id);
    expect(await chosenDesk(colleague.id, site.id)).toBe(desks[0].id);
    const other = await db.site.findUniqueOrThrow({ where: { slug: "gemeentehuis-ruiselede" } });
    expect(await chosenDesk(colleague.id, other.id)).toBeNull();
    await callNext(desks[1].id, staff.id, service.id);
    expect(await chosenDesk(staff.id, site.id)).toBe(desks[1].id);
  });

  it("marks the called ticket helped, freeing the desk, only while it is called", async () => {
    const { site, service, desks, staff } = await setup("gemeentehuis-ruiselede", "afhalen");
    while (await callNext(desks[0].id, staff.id, service.id)) {
      /* calling every earlier ticket */
    }
    const ticket = await takeTicketSelfService(
      { siteId: site.id, queueServiceId: service.id, email: null },
      randomUUID(),
    );
    expect((await callNext(desks[0].id, staff.id, service.id))?.code).toBe(ticket.code);
    await finishTicket(staff.id, ticket.id);
    const row = await db.queueTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ status: "DONE", deskId: desks[0].id });
    expect((await screenState(site.id)).called.map((c) => c.code)).toContain(ticket.code);
    await expect(finishTicket(staff.id, ticket.id)).rejects.toThrow(queueMessages.noLongerCalled);
    expect(await db.auditLog.count({ where: { subjectId: ticket.id, action: "queue.done" } })).toBe(1);
  });
});
