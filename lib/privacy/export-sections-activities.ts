// The access export's sections about activities and camps: registrations, social-tariff claims
// and lottery entries of the person's children, the activities they organise and their messages
// to parents (part of EXPORT_SECTIONS in export-sections.ts).
import "server-only";
import { db } from "@/lib/db";
import type { ExportSection } from "./export-sections";

export const ACTIVITY_EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    key: "activityRegistrations",
    title: "Inschrijvingen voor activiteiten",
    collect: ({ id }) =>
      db.activityRegistration.findMany({
        where: { userId: id },
        select: {
          childName: true,
          session: { select: { activity: { select: { title: true } } } },
          startDate: true,
          endDate: true,
          status: true,
          tariffLabel: true,
          priceCents: true,
          createdAt: true,
          attendance: { select: { day: true }, orderBy: { day: "asc" } },
        },
        orderBy: { createdAt: "desc" },
      }),
  },
  {
    key: "socialTariffClaims",
    title: "Kansentarief (UiTPAS) van je kinderen",
    collect: ({ id }) =>
      db.socialTariffClaim.findMany({
        where: { member: { userId: id } },
        select: {
          member: { select: { firstName: true, lastName: true } },
          uitpasNumber: true,
          status: true,
          basis: true,
          validUntil: true,
          refusalReason: true,
          decidedAt: true,
          createdAt: true,
        },
        orderBy: { createdAt: "desc" },
      }),
  },
  {
    key: "lotteryEntries",
    title: "Deelnames aan lotingen voor activiteiten",
    collect: ({ id }) =>
      db.lotteryEntryChild.findMany({
        where: { entry: { userId: id } },
        select: {
          childName: true,
          choices: true,
          drawPosition: true,
          placedSessionId: true,
          entry: {
            select: {
              keepTogether: true,
              friendCode: true,
              friendEntryId: true,
              createdAt: true,
              activity: { select: { title: true } },
            },
          },
        },
      }),
  },
  {
    key: "activityOrganiser",
    title: "Activiteiten die je begeleidt",
    collect: ({ id }) =>
      db.activityOrganiser.findMany({
        where: { userId: id },
        select: { createdAt: true, activity: { select: { title: true } } },
      }),
  },
  {
    key: "activityMessages",
    title: "Berichten aan ouders van een activiteit",
    collect: ({ id }) =>
      db.activityMessage.findMany({
        where: { senderId: id },
        select: { subject: true, body: true, recipientCount: true, sentAt: true },
        orderBy: { sentAt: "desc" },
      }),
  },
];
