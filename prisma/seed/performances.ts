// Seeds the cultural season with its seats in the capacity engine. Skips performances that exist.
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { ensurePool } from "@/lib/capacity/pools";
import type { Db } from "@/lib/db/client";
import { performances } from "./data";
import { seedPoster } from "./posters";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export async function seedPerformances(db: Db, now: Date): Promise<void> {
  const today = brusselsParts(now).dateKey;
  for (const [index, p] of performances.entries()) {
    if (await db.performance.findUnique({ where: { slug: p.slug } })) continue;
    const startsAt = brusselsInstant(addBrusselsDays(today, p.daysAhead), minutesOf(p.startTime));
    const poolId = await ensurePool(db, `performance:${p.slug}`, `${p.title} - zitplaatsen`, p.seats);
    await db.performance.create({
      data: {
        slug: p.slug,
        title: p.title,
        subtitle: p.subtitle,
        description: p.description,
        venueName: p.venueName,
        venueAddress: p.venueAddress,
        startsAt,
        durationMinutes: p.durationMinutes,
        salesStartAt: brusselsInstant(addBrusselsDays(today, -7), 9 * 60),
        salesEndAt: new Date(startsAt.getTime() - 60 * 60_000),
        published: true,
        poolId,
        posterId: await seedPoster(db, p.title, p.subtitle ?? null, index),
        posterAlt: `Affiche: ${p.title}, in witte letters op een kleurverloop`,
        ticketTypes: {
          create: await Promise.all(
            p.types.map(async (t, index) => ({
              code: t.code,
              label: t.label,
              description: "description" in t ? t.description : null,
              priceCents: t.priceCents,
              sortOrder: index,
              quotaPoolId:
                "quota" in t && t.quota
                  ? await ensurePool(
                      db,
                      `ticket-type:${p.slug}:${t.code}`,
                      `${p.title} - ${t.label}`,
                      t.quota,
                    )
                  : null,
            })),
          ),
        },
      },
    });
  }
}
