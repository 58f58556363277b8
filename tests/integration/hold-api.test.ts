// POST /api/tickets/hold through its route handler: JSON in, a held order or a Dutch error out.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/tickets/hold/route";
import { ensurePool } from "@/lib/capacity";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

async function performance(seats: number) {
  const slug = `hold-api-${randomUUID()}`;
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  return db.performance.create({
    data: {
      slug,
      title: "Testvoorstelling API",
      description: "Test",
      venueName: "Zaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: new Date(Date.now() - 86_400_000),
      salesEndAt: new Date(startsAt.getTime() - 3_600_000),
      published: true,
      poolId: await ensurePool(db, `performance:${slug}`, "Zaal", seats),
      ticketTypes: { create: [{ code: "VOLWASSENE", label: "Volwassene", priceCents: 1600 }] },
    },
    include: { ticketTypes: true },
  });
}

function post(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(
    new Request("http://localhost/api/tickets/hold", {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const buyer = () => ({ buyerName: "Bea Koper", buyerEmail: `Bea-${randomUUID()}@Example.be` });

describe("POST /api/tickets/hold", () => {
  it("holds the seats and answers 201 with the order's token", async () => {
    const p = await performance(10);
    const response = await post({
      performanceId: p.id,
      ...buyer(),
      quantities: { [p.ticketTypes[0].id]: 2 },
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ orderNumber: expect.stringMatching(/^W\d{2}-\d{6}$/), totalCents: 3200 });
    expect(body.token).toEqual(expect.any(String));
    expect(body.token.length).toBeGreaterThanOrEqual(20);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const order = await db.order.findUniqueOrThrow({ where: { accessToken: body.token } });
    expect(order).toMatchObject({ status: "PENDING", buyerUserId: null, totalCents: 3200 });
    expect(order.buyerEmail).toBe(order.buyerEmail?.toLowerCase());
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).taken).toBe(2);
  });

  it("answers 400 in Dutch for invalid JSON and for missing or wrong fields", async () => {
    const broken = await post("{ dit is geen json");
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: "De gegevens zijn geen geldige JSON." });

    const missing = await post({ quantities: { x: 1 } });
    expect(missing.status).toBe(400);
    const body = await missing.json();
    expect(body.error).toBe("Controleer de gemarkeerde velden.");
    expect(body.fieldErrors).toMatchObject({
      performanceId: ["Kies een voorstelling."],
      buyerName: ["Vul je naam in."],
      buyerEmail: ["Vul een geldig e-mailadres in; je tickets komen daar toe."],
    });

    const p = await performance(10);
    const wrong = await post({
      performanceId: p.id,
      buyerName: "B",
      buyerEmail: "geen-adres",
      quantities: { [p.ticketTypes[0].id]: 1 },
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fieldErrors).toEqual({
      buyerName: ["Vul je naam in."],
      buyerEmail: ["Vul een geldig e-mailadres in; je tickets komen daar toe."],
    });

    const tooMany = await post({
      performanceId: p.id,
      ...buyer(),
      quantities: { [p.ticketTypes[0].id]: 11 },
    });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).fieldErrors).toMatchObject({
      [`quantities.${p.ticketTypes[0].id}`]: ["Kies een aantal van 0 tot 10."],
    });
    const asText = await post({
      performanceId: p.id,
      ...buyer(),
      quantities: { [p.ticketTypes[0].id]: "1" },
    });
    expect((await asText.json()).fieldErrors).toMatchObject({
      [`quantities.${p.ticketTypes[0].id}`]: ["Kies een aantal van 0 tot 10."],
    });

    const notAnObject = await post([1, 2]);
    expect(notAnObject.status).toBe(400);
    expect((await notAnObject.json()).error).toMatch(/JSON-object/);
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).taken).toBe(0);
  });

  it("answers 400 'Kies minstens één ticket.' when nothing is chosen", async () => {
    const p = await performance(10);
    const response = await post({
      performanceId: p.id,
      ...buyer(),
      quantities: { [p.ticketTypes[0].id]: 0 },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("Kies minstens één ticket.");
    expect(body.fieldErrors.quantities).toContain("Kies minstens één ticket.");
  });

  it("answers 409 when the performance is sold out and never sells more than there is", async () => {
    const p = await performance(3);
    const type = p.ticketTypes[0].id;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => post({ performanceId: p.id, ...buyer(), quantities: { [type]: 1 } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    const refused = await responses.find((r) => r.status === 409)!.json();
    expect(refused.error).toMatch(/niet genoeg plaatsen/);
    const pool = await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } });
    expect(pool.taken).toBe(3);
  });

  it("answers 404 for an unknown performance, 415 without JSON and 413 for a huge body", async () => {
    const unknown = await post({ performanceId: "bestaat-niet", ...buyer(), quantities: { x: 1 } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toBe("Deze voorstelling bestaat niet (meer).");

    const form = await post("performanceId=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);

    const huge = await post({ performanceId: "x", ...buyer(), quantities: {}, padding: "x".repeat(10_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: "Dit verzoek is te groot." });
  });
});
