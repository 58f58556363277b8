// Managing what can be booked: service settings, which desks offer a service, and when a desk is
// staffed. Existing appointments stay as they are; only new slots follow the change.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { siteMessages } from "@/lib/sites/messages";
import {
  slugFromName,
  type AvailabilityInput,
  type NewDeskInput,
  type NewServiceInput,
  type ServiceSettingsInput,
} from "./admin-schema";
import { appointmentMessages } from "./messages";

const serviceNameTaken = () => new FieldError("name", appointmentMessages.serviceNameTaken);
const deskNameTaken = () => new FieldError("name", appointmentMessages.deskNameTaken);

async function assertDesksExist(tx: Tx, deskIds: string[]) {
  const known = await tx.desk.count({ where: { id: { in: deskIds } } });
  if (known !== new Set(deskIds).size)
    throw new FieldError("deskIds", appointmentMessages.chosenDeskNotFound);
}

export async function updateServiceSettings(actorId: string, input: ServiceSettingsInput) {
  const { id, deskIds, leadTime, ...rest } = input;
  const settings = { ...rest, leadTimeMinutes: leadTime };
  await transaction(db, async (tx) => {
    await assertDesksExist(tx, deskIds);
    const updated = await tx.appointmentService.updateMany({ where: { id }, data: settings });
    if (updated.count === 0) throw new AppError("NOT_FOUND", appointmentMessages.serviceNotFound);
    await tx.appointmentServiceDesk.deleteMany({ where: { serviceId: id, deskId: { notIn: deskIds } } });
    await tx.appointmentServiceDesk.createMany({
      data: deskIds.map((deskId) => ({ serviceId: id, deskId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId,
      action: "appointment-service.updated",
      subjectType: "AppointmentService",
      subjectId: id,
      details: { ...settings, deskIds },
    });
  });
}

export async function addAvailability(actorId: string, input: AvailabilityInput) {
  return transaction(db, async (tx) => {
    // The desk's row is locked, so two staff adding windows to it at once are checked in turn.
    if ((await lockRows(tx, "Desk", [input.deskId])).length === 0)
      throw new AppError("NOT_FOUND", siteMessages.deskNotFound);
    const overlapping = await tx.deskAvailability.count({
      where: {
        deskId: input.deskId,
        weekday: input.weekday,
        startsAt: { lt: input.to },
        endsAt: { gt: input.from },
      },
    });
    if (overlapping) throw new FieldError("from", appointmentMessages.availabilityOverlaps, "CONFLICT");
    const row = await tx.deskAvailability.create({
      data: { deskId: input.deskId, weekday: input.weekday, startsAt: input.from, endsAt: input.to },
    });
    await recordAudit(tx, {
      actorId,
      action: "desk-availability.added",
      subjectType: "DeskAvailability",
      subjectId: row.id,
    });
    return row.id;
  });
}

export async function removeAvailability(actorId: string, id: string) {
  await transaction(db, async (tx) => {
    const removed = await tx.deskAvailability.deleteMany({ where: { id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", appointmentMessages.availabilityNotFound);
    await recordAudit(tx, {
      actorId,
      action: "desk-availability.removed",
      subjectType: "DeskAvailability",
      subjectId: id,
    });
  });
}

/** A new service, offered by the chosen desks; its web address comes from the name. */
export async function createService(actorId: string, input: NewServiceInput) {
  const { deskIds, leadTime, ...rest } = input;
  const settings = { ...rest, leadTimeMinutes: leadTime };
  const slug = slugFromName(input.name);
  if (!slug) throw new FieldError("name", appointmentMessages.nameWithoutLetters);
  return transaction(
    db,
    async (tx) => {
      await assertDesksExist(tx, deskIds);
      if (await tx.appointmentService.count({ where: { slug } })) throw serviceNameTaken();
      const last = await tx.appointmentService.aggregate({ _max: { sortOrder: true } });
      const service = await tx.appointmentService.create({
        data: {
          ...settings,
          slug,
          sortOrder: (last._max.sortOrder ?? 0) + 10,
          desks: { create: deskIds.map((deskId) => ({ deskId })) },
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "appointment-service.created",
        subjectType: "AppointmentService",
        subjectId: service.id,
        details: { ...settings, slug, deskIds },
      });
      return service;
    },
    // A name taken meanwhile by another staff member is caught by the unique index.
    { refusals: { AppointmentService_slug_key: serviceNameTaken } },
  );
}

/** A new desk or meeting room; it is staffed whenever the site is open until hours are added. */
export async function createDesk(actorId: string, input: NewDeskInput) {
  const slug = slugFromName(input.name);
  if (!slug) throw new FieldError("name", appointmentMessages.nameWithoutLetters);
  return transaction(
    db,
    async (tx) => {
      if (!(await tx.site.count({ where: { id: input.siteId } })))
        throw new FieldError("siteId", siteMessages.siteNotFound, "NOT_FOUND");
      if (await tx.desk.count({ where: { siteId: input.siteId, slug } })) throw deskNameTaken();
      const desk = await tx.desk.create({
        data: { siteId: input.siteId, slug, name: input.name, kind: input.kind },
      });
      await recordAudit(tx, {
        actorId,
        action: "desk.created",
        subjectType: "Desk",
        subjectId: desk.id,
        details: { name: input.name, kind: input.kind, siteId: input.siteId },
      });
      return desk;
    },
    { refusals: { Desk_siteId_slug_key: deskNameTaken } },
  );
}
