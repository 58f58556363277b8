// A resident with data in many modules, each row carrying their name, e-mail address or phone
// number, for the erasure test: an appointment, a report (with photo, staff note and reply), a
// followed report, a hall booking, a paid and a cancelled order, a settled loan, a child with a
// past activity registration, a closed e-loket case, a queue ticket, mails, sign-in rows.
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { activity, opening, session } from "./activities-fixtures";
import { product, teamWithStaff } from "./eloket-fixtures";
import { hall } from "./halls-fixtures";
import { categories, slots } from "./lending-fixtures";
import { testNationalNumber } from "../support/national-number";

export type Person = Awaited<ReturnType<typeof person>>;

export async function person(first: string) {
  const tag = randomUUID().replace(/-/g, "").slice(0, 10);
  const name = `${first} Wisman${tag}`;
  const email = `${first.toLowerCase()}.${tag}@example.be`;
  const phone = `0470${String(parseInt(tag.slice(0, 8), 16)).slice(0, 6)}`;
  const user = await db.user.create({
    data: { name, email, phone, street: `Straat${tag}`, houseNumber: "1", postcode: "8750", city: "Wingene" },
  });
  return { user, tag, name, email, phone };
}

const past = (day: number, hour = 9) =>
  new Date(Date.UTC(2019, 0, day, hour, Math.floor(Math.random() * 50)));
const token = () => randomBytes(12).toString("hex");

export async function orderFor(p: Person, status: "PAID" | "CANCELLED" | "PENDING") {
  const number = `W-${token()}`;
  return db.order.create({
    data: {
      number,
      status,
      holdReference: `erase-${token()}`,
      accessToken: token(),
      buyerUserId: p.user.id,
      buyerName: p.name,
      buyerEmail: p.email,
      totalCents: 1500,
      lines: {
        create: {
          itemType: "test",
          itemId: token(),
          description: `Ticket voor ${p.name}`,
          quantity: 1,
          unitCents: 1500,
          tariffCode: "X",
          tariffLabel: "Normaal",
          totalCents: 1500,
        },
      },
      payments:
        status === "PAID"
          ? { create: { method: "TRANSFER", status: "SUCCEEDED", amountCents: 1500 } }
          : undefined,
    },
    include: { lines: true },
  });
}

export async function fillModules(p: Person, other: Person) {
  const { user, name, email, phone } = p;
  const [service, site, category, queueService] = await Promise.all([
    db.appointmentService.findFirstOrThrow(),
    db.site.findFirstOrThrow(),
    db.reportCategory.findFirstOrThrow({ where: { departmentId: { not: null } } }),
    db.queueService.findFirstOrThrow(),
  ]);
  // A desk of its own: two people filled in one test never share a desk's time (the exclusion
  // constraint on a desk's appointments refused a random time that happened to overlap).
  const desk = await db.desk.create({
    data: { siteId: site.id, slug: `wissen-${token()}`, name: "Testbalie", kind: "RECEPTION" },
  });
  const startsAt = past(1 + Math.floor(Math.random() * 28));
  await db.appointment.create({
    data: {
      serviceId: service.id,
      deskId: desk.id,
      siteId: desk.siteId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 600_000),
      blockedUntil: new Date(startsAt.getTime() + 600_000),
      slotKey: token(),
      status: "SERVED",
      userId: user.id,
      name,
      email,
      phone,
      manageTokenHash: token(),
    },
  });
  const report = (reporter: Person) =>
    db.report.create({
      data: {
        number: `MP-${token()}`,
        kind: "ISSUE",
        categoryId: category.id,
        departmentId: category.departmentId!,
        status: "RESOLVED",
        closedAt: past(3),
        description: `Put voor het huis van ${reporter.name}`,
        addressText: `Straat${reporter.tag} 1`,
        reporterId: reporter.user.id,
        reporterName: reporter.name,
        reporterEmail: reporter.email,
        reporterPhone: reporter.phone,
      },
    });
  const own = await report(p);
  const photo = await db.storedFile.create({
    data: {
      purpose: "report-photo",
      visibility: "PRIVATE",
      contentType: "image/webp",
      size: 4,
      sha256: token(),
      bytes: Buffer.from("test"),
      originalName: `${name}.webp`,
      uploadedById: user.id,
    },
  });
  await db.reportPhoto.create({ data: { reportId: own.id, fileId: photo.id } });
  await db.reportNote.create({ data: { reportId: own.id, body: `Gebeld naar ${name} op ${phone}` } });
  await db.reportMessage.create({ data: { reportId: own.id, body: `Beste ${name}, opgelost.` } });
  await db.reportLink.create({ data: { reportId: own.id, tokenHash: token() } });
  const othersReport = await report(other);
  await db.reportFollower.create({ data: { reportId: othersReport.id, email, userId: user.id } });

  const theHall = await hall();
  await db.hallBooking.create({
    data: {
      hallId: theHall.id,
      userId: user.id,
      category: "RESIDENT",
      startsAt: past(5, 18),
      endsAt: past(5, 23),
      status: "APPROVED",
      slotLabel: "Avond",
      units: 1,
      unitCents: 15000,
      priceCents: 15000,
      depositCents: 20000,
      tariffLabel: "Inwoner",
      purpose: `Verjaardag van ${name}`,
      depositReason: `Schade, ${name} verwittigd`,
    },
  });
  const paid = await orderFor(p, "PAID");
  const cancelled = await orderFor(p, "CANCELLED");

  await categories();
  const slot = await slots();
  await db.loan.create({
    data: {
      status: "SETTLED",
      userId: user.id,
      borrowerName: name,
      borrowerEmail: email,
      categoryCode: "RESIDENT",
      pickupDate: new Date("2019-02-01T00:00:00Z"),
      pickupSlotId: slot.fridayEvening.id,
      returnDate: new Date("2019-02-04T00:00:00Z"),
      returnSlotId: slot.mondayEvening.id,
      depositCents: 0,
      feeNote: `Te laat, ${name} belde ${phone}`,
      settledAt: past(10),
    },
  });

  const child = await db.householdMember.create({
    data: {
      userId: user.id,
      firstName: `Kind${p.tag}`,
      lastName: "Wisman",
      birthDate: new Date("2015-03-01T00:00:00Z"),
      childKey: `kind-${p.tag}`,
      medicalNotes: `Allergie, bel ${phone}`,
    },
  });
  const act = await activity((await opening(past(1))).id);
  const ses = await session(act.id, 10, { start: "2019-07-01", end: "2019-07-05" });
  await db.activityRegistration.create({
    data: {
      sessionId: ses.id,
      userId: user.id,
      memberId: child.id,
      childKey: child.childKey!,
      childName: `Kind${p.tag} Wisman`,
      startDate: ses.startDate,
      endDate: ses.endDate,
      status: "CONFIRMED",
      arrival: BigInt(Date.now()),
      tariffCode: "RESIDENT",
      tariffLabel: "Inwoner",
      priceCents: 4000,
    },
  });

  const { team } = await teamWithStaff();
  const { product: prod, version } = await product(team.id);
  const closedCase = await db.case.create({
    data: {
      number: `EL-${token()}`,
      productId: prod.id,
      versionId: version.id,
      workflowId: prod.workflowId,
      status: "DONE",
      teamId: team.id,
      applicantId: user.id,
      answers: { naam: name, telefoon: phone },
      dueOn: new Date("2019-03-01T00:00:00Z"),
      closedAt: past(20),
      events: { create: { kind: "NOTE", text: `Besproken met ${name}` } },
      questions: { create: { question: "Welke straat?", resumeStatus: "NEW", answer: `Straat${p.tag}` } },
    },
  });

  await db.queueTicket.create({
    data: {
      siteId: desk.siteId,
      queueServiceId: queueService.id,
      day: new Date("2019-01-07T00:00:00Z"),
      number: Math.floor(Math.random() * 1_000_000),
      code: "A001",
      trackToken: token(),
      email,
    },
  });
  await db.mailMessage.create({
    data: { to: email, subject: "Je afspraak", text: `Beste ${name}`, status: "SENT" },
  });
  await db.session.create({
    data: { sessionToken: token(), userId: user.id, expires: new Date(Date.now() + 86_400_000) },
  });
  await db.account.create({
    data: { userId: user.id, type: "oidc", provider: "oidc", providerAccountId: p.tag },
  });
  await db.verificationToken.create({
    data: { identifier: email, token: token(), expires: new Date(Date.now() + 3_600_000) },
  });
  await db.rateLimitBucket.create({
    data: { key: `aanmelden:email:${email}`, windowStart: new Date(), count: 1 },
  });
  const nationalNumber = testNationalNumber();
  await db.residentVerification.create({
    data: { userId: user.id, nationalNumber, nationalNumberAt: new Date() },
  });
  await db.auditLog.create({ data: { actorId: user.id, onBehalfOfId: user.id, action: "profile.updated" } });
  await db.auditLog.create({
    data: { actorId: user.id, action: "household.added", details: { firstName: child.firstName } },
  });
  return { paid, cancelled, closedCase, ownReport: own, nationalNumber };
}
