// Counter staff book a hall for a resident found or registered at the desk, with or without an
// e-mail address: the same command, a paper confirmation instead of a mail, and the resident's
// timeline files the hall order under halls, not tickets.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { cancelForRequester } from "@/lib/halls/commands/cancel";
import { requestBooking } from "@/lib/halls/commands/request";
import { bookingConfirmationSpec } from "@/lib/halls/pdf";
import { staffBooking } from "@/lib/halls/queries/staff";
import { deskBookingSchema } from "@/lib/halls/schema/booking";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { getTimeline } from "@/lib/timeline";
import { seed } from "@/prisma/seed";
import { pdfPages } from "@/tests/support/pdf-text";
import { hall, resident } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

const day = (n: number) => addBrusselsDays(brusselsParts(new Date()).dateKey, n);

const withoutEmail = () =>
  db.user.create({
    data: {
      name: `Gilbert ${randomUUID().slice(0, 6)}`,
      postcode: "8750",
      city: "Wingene",
      residentVerification: { create: {} },
    },
  });

const deskForm = (residentId: string, hallId: string, date: string) =>
  deskBookingSchema.parse({
    residentId,
    hallId,
    unit: "DAY_PART",
    date,
    dayParts: ["AVOND"],
    bookFor: "self",
    purpose: "Kaartavond",
  });

describe("booking at the desk", () => {
  it("books for a resident without e-mail, mails nobody, and prints a confirmation with the payment", async () => {
    const h = await hall({ requiresApproval: false });
    const gilbert = await withoutEmail();
    const clerk = await resident();
    const mailsBefore = await db.mailMessage.count();
    const { residentId, ...input } = deskForm(gilbert.id, h.id, day(25));
    const outcome = await requestBooking(input, { userId: residentId, staffId: clerk.id });

    const booking = await db.hallBooking.findUniqueOrThrow({ where: { id: outcome.bookingIds[0] } });
    expect(booking).toMatchObject({ userId: gilbert.id, createdById: clerk.id, status: "APPROVED" });
    const order = await db.order.findUniqueOrThrow({ where: { id: booking.orderId! } });
    expect(order).toMatchObject({ buyerEmail: null, buyerName: gilbert.name, soldById: clerk.id });
    expect(await db.mailMessage.count()).toBe(mailsBefore);

    const view = await staffBooking(booking.id);
    const [page] = await pdfPages(await renderPdf(bookingConfirmationSpec(view!), await getPdfIdentity()));
    expect(page).toContain(gilbert.name!);
    expect(page).toContain(h.name);
    expect(page).toContain("Kaartavond");
    expect(page).toContain(`bestelling ${order.number}`);
    expect(page).toMatch(/Annuleren kost 50 % van de huurprijs vanaf 14 dagen op voorhand/);
  });

  it("reads the cancellation fee through the staff query, the same amount cancelling then charges", async () => {
    const h = await hall({ requiresApproval: false });
    const u = await resident();
    const clerk = await resident();
    const { residentId, ...input } = deskForm(u.id, h.id, day(5));
    const { bookingIds } = await requestBooking(input, { userId: residentId, staffId: clerk.id });
    const view = await staffBooking(bookingIds[0]!);
    expect(view).toMatchObject({ cancellable: true, fee: { feeCents: 15000, feePercent: 100 } });
    expect(await cancelForRequester(bookingIds[0]!, clerk.id)).toMatchObject({ feeCents: 15000 });
    expect(await staffBooking(bookingIds[0]!)).toMatchObject({ cancellable: false });
  });
});

describe("mails and the timeline", () => {
  it("greets by name, links to the booking, signs as the service, and files the hall order under Zalen", async () => {
    const h = await hall({ requiresApproval: false });
    const u = await resident();
    const { residentId, ...input } = deskForm(u.id, h.id, day(26));
    const { bookingIds, orderToken } = await requestBooking(input, { userId: residentId });
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: u.email!, subject: `Zaal gereserveerd: ${h.name}` },
    });
    expect(mail.text).toContain(`Beste ${u.name},`);
    expect(mail.text).toContain(`/bestelling/${orderToken}`);
    expect(mail.text).toMatch(/Dienst vrije tijd, Gemeente Wingene/);
    expect(mail.html).toContain(h.name);

    const timeline = await getTimeline(u.id);
    const orderItem = timeline.find((t) => t.href === `/bestelling/${orderToken}`);
    expect(orderItem?.service).toBe("Zalen");
    expect(timeline.find((t) => t.href === `/mijn/zalen/${bookingIds[0]}`)?.service).toBe("Zalen");
  });
});
