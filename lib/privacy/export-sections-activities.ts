// The access export's sections about activities and camps: registrations and lottery entries of
// the person's children (part of EXPORT_SECTIONS in export-sections.ts).
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
          entry: { select: { keepTogether: true, createdAt: true, activity: { select: { title: true } } } },
        },
      }),
  },
];
