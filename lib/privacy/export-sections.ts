// Everything the portal keeps about one person, for the GDPR right of access: one section per
// domain, each a function of the user's id that reads only rows tied to that id (or their e-mail
// where a guest row carries no account). A new personal-data table gets a section here, and the
// JSON download and the PDF both show it. Internal secrets (link tokens, hashes) are left out: they
// are not data about the person and would let a leaked export act in their name.
import "server-only";
import { auditActionLabel } from "@/lib/audit/labels";
import { db } from "@/lib/db";
import { maskNationalRegisterNumber } from "@/lib/be/national-register-number";
import { getProfile } from "@/lib/residents/queries";
import { ACTIVITY_EXPORT_SECTIONS } from "./export-sections-activities";

export type ExportSection = {
  key: string;
  /** Heading in the PDF. */
  title: string;
  collect: (user: { id: string; email: string | null }) => Promise<unknown[]>;
};

const byEmail = (email: string | null) => (email ? [{ email }] : []);

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    key: "profile",
    title: "Gegevens",
    collect: async ({ id }) => [await getProfile(id)],
  },
  {
    key: "residentVerification",
    title: "Bevestigde woonplaats",
    // The national number masked, as on every screen: the download may travel further than its owner.
    collect: async ({ id }) =>
      (
        await db.residentVerification.findMany({
          where: { userId: id },
          select: { verifiedAt: true, nationalNumber: true, nationalNumberAt: true },
        })
      ).map((v) => ({
        ...v,
        nationalNumber: v.nationalNumber ? maskNationalRegisterNumber(v.nationalNumber) : null,
      })),
  },
  {
    key: "household",
    title: "Gezin",
    collect: ({ id }) =>
      db.householdMember.findMany({
        where: { userId: id },
        omit: { id: true, userId: true, childKey: true },
        orderBy: { birthDate: "asc" },
      }),
  },
  {
    key: "associations",
    title: "Verenigingen",
    collect: ({ id }) =>
      db.associationMember.findMany({
        where: { userId: id },
        select: { role: true, association: { select: { name: true } } },
      }),
  },
  {
    key: "appointments",
    title: "Afspraken",
    collect: ({ id }) =>
      db.appointment.findMany({
        where: { userId: id },
        select: {
          startsAt: true,
          status: true,
          name: true,
          email: true,
          phone: true,
          service: { select: { name: true } },
          site: { select: { name: true } },
          createdAt: true,
        },
        orderBy: { startsAt: "desc" },
      }),
  },
  {
    key: "reports",
    title: "Meldingen",
    collect: ({ id }) =>
      db.report.findMany({
        where: { reporterId: id },
        select: {
          number: true,
          kind: true,
          status: true,
          description: true,
          addressText: true,
          latitude: true,
          longitude: true,
          reporterName: true,
          reporterEmail: true,
          reporterPhone: true,
          createdAt: true,
          messages: { select: { body: true, createdAt: true } },
        },
        orderBy: { createdAt: "desc" },
      }),
  },
  {
    key: "followedReports",
    title: "Gevolgde meldingen",
    collect: ({ id, email }) =>
      db.reportFollower.findMany({
        where: { OR: [{ userId: id }, ...byEmail(email)] },
        select: { email: true, createdAt: true, report: { select: { number: true } } },
      }),
  },
  {
    key: "hallBookings",
    title: "Zaalreservaties",
    collect: ({ id }) =>
      db.hallBooking.findMany({
        where: { userId: id, closureId: null },
        select: {
          hall: { select: { name: true } },
          startsAt: true,
          endsAt: true,
          status: true,
          purpose: true,
          tariffLabel: true,
          priceCents: true,
          depositCents: true,
          cancelledAt: true,
          createdAt: true,
        },
        orderBy: { startsAt: "desc" },
      }),
  },
  {
    key: "orders",
    title: "Bestellingen en betalingen",
    collect: ({ id }) =>
      db.order.findMany({
        where: { buyerUserId: id },
        select: {
          number: true,
          status: true,
          buyerName: true,
          buyerEmail: true,
          totalCents: true,
          paidAt: true,
          createdAt: true,
          lines: { select: { description: true, quantity: true, tariffLabel: true, totalCents: true } },
          payments: { select: { method: true, status: true, amountCents: true, createdAt: true } },
        },
        orderBy: { createdAt: "desc" },
      }),
  },
  {
    key: "tickets",
    title: "Tickets",
    collect: async ({ id }) =>
      db.ticket.findMany({
        where: {
          orderId: {
            in: (await db.order.findMany({ where: { buyerUserId: id }, select: { id: true } })).map(
              (o) => o.id,
            ),
          },
        },
        select: { status: true, performance: { select: { title: true, startsAt: true } }, createdAt: true },
      }),
  },
  {
    key: "loans",
    title: "Uitleningen",
    collect: ({ id }) =>
      db.loan.findMany({
        where: { userId: id },
        select: {
          status: true,
          borrowerName: true,
          borrowerEmail: true,
          pickupDate: true,
          returnDate: true,
          delivery: true,
          deliveryStreet: true,
          deliveryHouseNumber: true,
          deliveryBox: true,
          deliveryPostcode: true,
          deliveryCity: true,
          transportCents: true,
          depositCents: true,
          feeCents: true,
          lines: { select: { quantity: true, item: { select: { name: true } } } },
          createdAt: true,
        },
        orderBy: { createdAt: "desc" },
      }),
  },
  {
    key: "cases",
    title: "Aanvragen op het e-loket",
    collect: ({ id }) =>
      db.case.findMany({
        where: { applicantId: id },
        select: {
          number: true,
          product: { select: { name: true } },
          status: true,
          answers: true,
          submittedAt: true,
          closedAt: true,
          questions: { select: { question: true, answer: true, askedAt: true, answeredAt: true } },
        },
        orderBy: { submittedAt: "desc" },
      }),
  },
  {
    key: "caseDrafts",
    title: "Concepten op het e-loket",
    collect: ({ id }) => db.caseDraft.findMany({ where: { userId: id }, omit: { id: true, userId: true } }),
  },
  ...ACTIVITY_EXPORT_SECTIONS,
  {
    key: "audit",
    title: "Logboek: wat er met je gegevens gebeurde",
    collect: async ({ id }) =>
      (
        await db.auditLog.findMany({
          where: { onBehalfOfId: id },
          select: { at: true, action: true, actor: { select: { name: true } } },
          orderBy: { at: "desc" },
        })
      ).map((e) => ({ ...e, action: auditActionLabel(e.action) })),
  },
];
