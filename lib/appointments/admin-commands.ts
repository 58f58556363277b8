// Managing what can be booked: service settings, which counters offer a service, and when a
// counter is staffed. Existing appointments stay as they are; only new slots follow the change.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AvailabilityInput, ServiceSettingsInput } from "./admin-schema";

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
