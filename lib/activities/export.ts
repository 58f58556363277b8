// The participant list of a session as CSV for Belgian Excel (lib/csv.ts), for staff with
// activities:manage; each export is audited. No medical notes: those are for an activity's
// organisers only (queries/organiser.ts). Diet, pick-up and photo consent are in it, since
// the people running the day need them.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { REGISTRATION_STATUS_LABELS, schoolYearLabel } from "./labels";
import { activityMessages } from "./messages";
import { sessionWithParticipants } from "./queries/staff";
import { db } from "@/lib/db";

const key = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export async function exportParticipants(sessionId: string, actorId: string) {
  const found = await sessionWithParticipants(sessionId);
  if (!found) throw new AppError("NOT_FOUND", activityMessages.sessionNotFound);
  const csv = toCsv(
    [
      "Kind",
      "Geboortedatum",
      "Schooljaar",
      "Status",
      "Ouder",
      "E-mail",
      "Telefoon",
      "Dieet",
      "Ophalen door",
      "Foto's",
      "Tarief",
      "Prijs",
    ],
    found.registrations.map((r) => [
      r.childName,
      key(r.member?.birthDate),
      r.member ? schoolYearLabel(r.member.schoolYear) : "",
      REGISTRATION_STATUS_LABELS[r.status],
      r.user?.name ?? "",
      r.user?.email ?? "",
      r.user?.phone ?? "",
      r.member?.dietNotes ?? "",
      r.member?.pickupBy ?? "",
      r.member ? (r.member.photoConsent ? "ja" : "nee") : "",
      r.tariffLabel,
      (r.priceCents / 100).toFixed(2).replace(".", ","),
    ]),
  );
  await recordAudit(db, {
    actorId,
    action: "activity.participants-exported",
    subjectType: "ActivitySession",
    subjectId: sessionId,
    details: { count: found.registrations.length },
  });
  return {
    csv,
    fileName: `deelnemers-${found.session.activity.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${key(found.session.startDate)}.csv`,
  };
}
