// The public pages `npm run bench:pages` measures, with real slugs from the seeded database.
import type { Db } from "@/lib/db/client";
import { services } from "@/content/services";

export type PageTarget = { name: string; path: string; kind: "catalogue" | "detail" };

export async function publicPages(db: Db): Promise<PageTarget[]> {
  const [performance, hall, service] = await Promise.all([
    db.performance.findFirst({
      where: { cancelledAt: null },
      orderBy: { startsAt: "asc" },
      select: { slug: true },
    }),
    db.hall.findFirst({ orderBy: { name: "asc" }, select: { slug: true } }),
    db.appointmentService.findFirst({ orderBy: { name: "asc" }, select: { slug: true } }),
  ]);
  const coming = services.find((s) => !s.href);
  const pages: (PageTarget | null)[] = [
    { name: "home", path: "/", kind: "catalogue" },
    { name: "diensten", path: "/diensten", kind: "catalogue" },
    coming ? { name: "dienst", path: `/diensten/${coming.slug}`, kind: "detail" } : null,
    { name: "openingsuren", path: "/openingsuren", kind: "catalogue" },
    { name: "contact", path: "/contact", kind: "catalogue" },
    { name: "tickets", path: "/tickets", kind: "catalogue" },
    performance ? { name: "voorstelling", path: `/tickets/${performance.slug}`, kind: "detail" } : null,
    { name: "zalen", path: "/zalen", kind: "catalogue" },
    hall ? { name: "zaal", path: `/zalen/${hall.slug}`, kind: "detail" } : null,
    { name: "afspraken", path: "/afspraken", kind: "catalogue" },
    service ? { name: "afspraakdienst", path: `/afspraken/${service.slug}`, kind: "detail" } : null,
    { name: "melden", path: "/melden", kind: "catalogue" },
    { name: "toegankelijkheid", path: "/toegankelijkheid", kind: "catalogue" },
    { name: "privacy", path: "/privacy", kind: "catalogue" },
  ];
  return pages.filter((p): p is PageTarget => p !== null);
}
