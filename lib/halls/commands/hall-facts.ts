// Staff create a hall or change its facts. A new hall has no tariffs yet, so nobody can book it
// until staff set prices on its settings page; existing bookings keep their time and price.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { hallMessages } from "../messages";
import { type HallFactsInput, slugOf } from "../schema/hall-facts";

const PHOTOS: Record<string, string> = {
  feestzaal: "/zalen/feestzaal.svg",
  sporthal: "/zalen/sporthal.svg",
  parochiecentrum: "/zalen/parochiecentrum.svg",
};

function photoFor(kind: string) {
  const key = Object.keys(PHOTOS).find((k) => kind.toLowerCase().includes(k));
  return PHOTOS[key ?? ""] ?? "/zalen/vergaderzaal.svg";
}

const facts = (input: HallFactsInput) => ({
  name: input.name,
  kind: input.kind,
  village: input.village,
  street: input.street,
  postcode: input.postcode,
  city: input.city,
  capacity: input.capacity,
  description: input.description,
  facilities: input.facilities,
  rules: input.rules,
  rentalUnit: input.rentalUnit,
  opensAtMinutes: input.opensAtMinutes,
  closesAtMinutes: input.closesAtMinutes,
});

export async function saveHallFacts(input: HallFactsInput, staffId: string) {
  return transaction(
    db,
    async (tx) => {
      const sameName = await tx.hall.findFirst({
        where: {
          name: { equals: input.name, mode: "insensitive" },
          ...(input.hallId ? { id: { not: input.hallId } } : {}),
        },
        select: { id: true },
      });
      if (sameName) throw new FieldError("name", hallMessages.hallNameTaken, "CONFLICT");
      if (input.hallId) {
        const hall = await tx.hall.findUnique({ where: { id: input.hallId }, select: { id: true } });
        if (!hall) throw new AppError("NOT_FOUND", hallMessages.hallNotFound);
        const saved = await tx.hall.update({ where: { id: hall.id }, data: facts(input) });
        await recordAudit(tx, {
          actorId: staffId,
          action: "hall.updated",
          subjectType: "Hall",
          subjectId: hall.id,
          details: facts(input),
        });
        return saved;
      }
      const base = slugOf(input.name) || "zaal";
      const taken = await tx.hall.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const slugs = new Set(taken.map((t) => t.slug));
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      const last = await tx.hall.aggregate({ _max: { sortOrder: true } });
      const saved = await tx.hall.create({
        data: {
          ...facts(input),
          slug,
          photoUrl: photoFor(input.kind),
          photoAlt: `Voorbeeldafbeelding van een ${input.kind.toLowerCase()}`,
          depositCents: input.depositCents,
          requiresApproval: input.requiresApproval,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
          cancellationRules: {
            create: [
              { minDaysBefore: 0, feePercent: 100, minimumCents: 2500 },
              { minDaysBefore: 14, feePercent: 50, minimumCents: 2500 },
            ],
          },
        },
      });
      await recordAudit(tx, {
        actorId: staffId,
        action: "hall.created",
        subjectType: "Hall",
        subjectId: saved.id,
        details: {
          ...facts(input),
          depositCents: input.depositCents,
          requiresApproval: input.requiresApproval,
        },
      });
      return saved;
    },
    // Two staff members adding a hall of the same name at once: the slug's unique index decides.
    { refusals: { Hall_slug_key: () => new FieldError("name", hallMessages.hallNameTaken, "CONFLICT") } },
  );
}
