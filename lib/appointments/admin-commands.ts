// Managing what can be booked: service settings, which counters offer a service, and when a
// counter is staffed. Existing appointments stay as they are; only new slots follow the change.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import {
  slugFromName,
  type AvailabilityInput,
  type NewCounterInput,
  type NewServiceInput,
  type ServiceSettingsInput,
} from "./admin-schema";

/** A unique index refused the row (Prisma's P2002): someone else took the name meanwhile. */
const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export async function updateServiceSettings(actorId: string, input: ServiceSettingsInput) {
  const { id, counterIds, ...settings } = input;
  await db.$transaction(async (tx) => {
    const known = await tx.counter.count({ where: { id: { in: counterIds } } });
    if (known !== new Set(counterIds).size)
      throw new AppError("INVALID_INPUT", "Een gekozen balie bestaat niet (meer).");
    const updated = await tx.appointmentService.updateMany({ where: { id }, data: settings });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "Deze dienst bestaat niet (meer).");
    await tx.appointmentServiceCounter.deleteMany({
      where: { serviceId: id, counterId: { notIn: counterIds } },
    });
    await tx.appointmentServiceCounter.createMany({
      data: counterIds.map((counterId) => ({ serviceId: id, counterId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId,
      action: "appointment-service.updated",
      subjectType: "AppointmentService",
      subjectId: id,
      details: { ...settings, counterIds },
    });
  });
}

export async function addAvailability(actorId: string, input: AvailabilityInput) {
  return db.$transaction(async (tx) => {
    if (!(await tx.counter.count({ where: { id: input.counterId } })))
      throw new AppError("NOT_FOUND", "Deze balie bestaat niet (meer).");
    const overlapping = await tx.counterAvailability.count({
      where: {
        counterId: input.counterId,
        weekday: input.weekday,
        startsAt: { lt: input.to },
        endsAt: { gt: input.from },
      },
    });
    if (overlapping)
      throw new AppError("CONFLICT", "Dit overlapt met een bestaand blok op die dag. Pas dat blok aan.");
    const row = await tx.counterAvailability.create({
      data: { counterId: input.counterId, weekday: input.weekday, startsAt: input.from, endsAt: input.to },
    });
    await recordAudit(tx, {
      actorId,
      action: "counter-availability.added",
      subjectType: "CounterAvailability",
      subjectId: row.id,
    });
    return row.id;
  });
}

export async function removeAvailability(actorId: string, id: string) {
  await db.$transaction(async (tx) => {
    const removed = await tx.counterAvailability.deleteMany({ where: { id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "Dit blok bestaat niet (meer).");
    await recordAudit(tx, {
      actorId,
      action: "counter-availability.removed",
      subjectType: "CounterAvailability",
      subjectId: id,
    });
  });
}

/** A new service, offered by the chosen counters; its web address comes from the name. */
export async function createService(actorId: string, input: NewServiceInput) {
  const { counterIds, ...settings } = input;
  const slug = slugFromName(input.name);
  if (!slug) throw new FieldError("name", "Gebruik letters of cijfers in de naam.");
  const taken = new FieldError("name", "Er bestaat al een dienst met deze naam. Kies een andere naam.");
  try {
    return await db.$transaction(async (tx) => {
      const known = await tx.counter.count({ where: { id: { in: counterIds } } });
      if (known !== new Set(counterIds).size)
        throw new AppError("INVALID_INPUT", "Een gekozen balie bestaat niet (meer).");
      if (await tx.appointmentService.count({ where: { slug } })) throw taken;
      const last = await tx.appointmentService.aggregate({ _max: { sortOrder: true } });
      const service = await tx.appointmentService.create({
        data: {
          ...settings,
          slug,
          sortOrder: (last._max.sortOrder ?? 0) + 10,
          counters: { create: counterIds.map((counterId) => ({ counterId })) },
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "appointment-service.created",
        subjectType: "AppointmentService",
        subjectId: service.id,
        details: { ...settings, slug, counterIds },
      });
      return service;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken;
    throw error;
  }
}

/** A new counter or meeting room; it is staffed whenever the site is open until hours are added. */
export async function createCounter(actorId: string, input: NewCounterInput) {
  const slug = slugFromName(input.name);
  if (!slug) throw new FieldError("name", "Gebruik letters of cijfers in de naam.");
  const taken = new FieldError("name", "Dit gemeentehuis heeft al een balie met deze naam.");
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.site.count({ where: { id: input.siteId } })))
        throw new FieldError("siteId", "Dit gemeentehuis bestaat niet.");
      if (await tx.counter.count({ where: { siteId: input.siteId, slug } })) throw taken;
      const counter = await tx.counter.create({
        data: { siteId: input.siteId, slug, name: input.name, kind: input.kind },
      });
      await recordAudit(tx, {
        actorId,
        action: "counter.created",
        subjectType: "Counter",
        subjectId: counter.id,
        details: { name: input.name, kind: input.kind, siteId: input.siteId },
      });
      return counter;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken;
    throw error;
  }
}
