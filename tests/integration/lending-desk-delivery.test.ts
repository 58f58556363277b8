// Staff at the desk (/beheer/uitleendienst/balie) lend for the resident found there with delivery
// by the technical service, through the desk's own action as its form posts it: the loan stores the
// address and the delivery and collection windows, the order has its transport line and is paid at
// the terminal, and the audit names staff acting for the resident. An address outside the delivery
// area is refused on the postcode field with a Dutch message, and nothing is stored.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { permissionsFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { LOAN_TRANSPORT_ITEM } from "@/lib/lending/fulfil";
import { seed } from "@/prisma/seed";
import { categories, friday, item, plusDays, resident } from "./lending-fixtures";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

const { deskLoanAction } = await import("@/lib/lending/staff-actions");

let staffId: string;
let podium: { id: string };
let windows: { delivery: string; collection: string };
let deliveryCents: number;

beforeAll(async () => {
  // The payment mail at the desk needs the municipality's identity (the seed, idempotent).
  await seed(db);
  await categories();
  staffId = (await db.user.create({ data: { email: `balie-${randomUUID()}@wingene.be`, name: "Balie" } })).id;
  podium = await item("Podium", 100, { RESIDENT: 1000 }, { depositCents: 2500 });
  await db.loanItem.update({ where: { id: podium.id }, data: { deliverable: true } });
  const tag = randomUUID().slice(0, 8);
  const window = (kind: "DELIVERY" | "COLLECTION", isoWeekday: number) =>
    db.loanSlot.create({
      data: { id: `t-${tag}-${kind}`, kind, isoWeekday, startMinutes: 8 * 60, endMinutes: 12 * 60 },
    });
  windows = { delivery: (await window("DELIVERY", 5)).id, collection: (await window("COLLECTION", 1)).id };
  deliveryCents = (await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).deliveryCents;
});

beforeEach(() => {
  current.actor = {
    userId: staffId,
    sessionId: null,
    name: "Balie",
    email: null,
    roles: ["TECHNICAL_SERVICE"],
    permissions: permissionsFor(["TECHNICAL_SERVICE"]),
    actingFor: null,
  };
});

/** The desk's basket form as posted: the resident found, delivery to an address, paid by card. */
function deskPost(residentId: string, from: string, postcode: string) {
  const fields: Record<string, string> = {
    residentId,
    payment: "DESK_CARD",
    [`quantities.${podium.id}`]: "6",
    handover: "DELIVERY",
    pickupDate: from,
    returnDate: plusDays(from, 3),
    "delivery.street": "Kerkstraat",
    "delivery.houseNumber": "12",
    "delivery.box": "",
    "delivery.postcode": postcode,
    "delivery.city": postcode === "8750" ? "Wingene" : "Brugge",
    deliverySlotId: windows.delivery,
    collectionSlotId: windows.collection,
    borrowFor: "self",
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("a desk loan with delivery", () => {
  it("stores the address and windows, adds the transport line, is paid at the desk and audited for the resident", async () => {
    const person = await resident();
    const from = friday(2);
    const redirect = await deskLoanAction(null, deskPost(person.id, from, "8750")).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(redirect?.digest).toMatch(/NEXT_REDIRECT.*\/beheer\/uitleendienst\/\w+\?gedaan=geleend/);

    const loan = await db.loan.findFirstOrThrow({ where: { userId: person.id } });
    expect(redirect?.digest).toContain(`/beheer/uitleendienst/${loan.id}?`);
    expect(loan).toMatchObject({
      status: "CONFIRMED",
      createdById: staffId,
      delivery: true,
      deliveryStreet: "Kerkstraat",
      deliveryHouseNumber: "12",
      deliveryPostcode: "8750",
      deliveryCity: "Wingene",
      pickupSlotId: windows.delivery,
      returnSlotId: windows.collection,
      transportCents: deliveryCents,
    });
    const order = await db.order.findUniqueOrThrow({
      where: { id: loan.orderId! },
      include: { lines: true },
    });
    const transport = order.lines.filter((l) => l.itemType === LOAN_TRANSPORT_ITEM);
    expect(transport).toHaveLength(1);
    expect(transport[0]!.unitCents).toBe(deliveryCents);
    // 6 podium elements at € 10 rent and € 25 deposit, plus the transport, paid at the terminal.
    expect(order).toMatchObject({ status: "PAID", totalCents: 6 * 1000 + 6 * 2500 + deliveryCents });
    expect(await db.payment.findFirst({ where: { orderId: order.id } })).toMatchObject({
      method: "DESK_CARD",
      recordedById: staffId,
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "loan.requested", subjectId: loan.id } }),
    ).toMatchObject({ actorId: staffId, onBehalfOfId: person.id });
  });

  it("refuses an address outside the delivery area on the postcode field in Dutch and stores nothing", async () => {
    const person = await resident();
    const result = await deskLoanAction(null, deskPost(person.id, friday(2), "8000"));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "delivery.postcode": [expect.stringMatching(/levert alleen in de gemeente/)] },
      values: { delivery: { postcode: "8000" } },
    });
    expect(await db.loan.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: person.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: staffId, onBehalfOfId: person.id } })).toBe(0);
  });
});
