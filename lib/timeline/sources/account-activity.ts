// Account activity from the audit log: profile, household and association changes, including
// those a staff member made for the resident.
import "server-only";
import { db } from "@/lib/db";
import type { TimelineItem, TimelineSource } from "../types";

const TITLES: Record<string, string> = {
  "account.created": "Account aangemaakt",
  "account.registered-by-staff": "Geregistreerd door de gemeente",
  "profile.updated": "Profiel bijgewerkt",
  "household.added": "Gezinslid toegevoegd",
  "household.removed": "Gezinslid verwijderd",
  "acting.association": "Je handelt nu namens een vereniging",
  "acting.self": "Je handelt weer in eigen naam",
  "contact.sent": "Bericht via het contactformulier verstuurd",
};

export const accountActivity: TimelineSource = async (userId, limit) => {
  const rows = await db.auditLog.findMany({
    where: { onBehalfOfId: userId, action: { in: Object.keys(TITLES) } },
    orderBy: { at: "desc" },
    take: limit,
    include: { actor: { select: { id: true, name: true } }, association: { select: { name: true } } },
  });
  return rows.map((row): TimelineItem => ({
    id: `audit-${row.id}`,
    at: row.at,
    service: "Mijn gegevens",
    title: TITLES[row.action] ?? row.action,
    description: row.association?.name,
    byStaff: row.actor && row.actor.id !== userId ? row.actor.name : null,
  }));
};
