// Reads for the queue: the call screen and the resident's ticket page (both public: they show only
// ticket numbers and desk names), and the desk's overview.
import "server-only";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { trackTokenPattern } from "./schema";

const today = (now: Date) => new Date(`${brusselsParts(now).dateKey}T00:00:00Z`);

export function queueServices() {
  return db.queueService.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
}

export function siteBySlug(slug: string) {
  return db.site.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export type ScreenState = {
  called: { code: string; desk: string; calledAt: string }[];
  waiting: number;
};

export async function screenState(siteId: string, now = new Date()): Promise<ScreenState> {
  const day = today(now);
  const [called, waiting] = await Promise.all([
    db.queueTicket.findMany({
      where: { siteId, day, status: { in: ["CALLED", "DONE"] }, calledAt: { not: null } },
      orderBy: { calledAt: "desc" },
      take: 8,
      include: { desk: { select: { name: true } } },
    }),
    db.queueTicket.count({ where: { siteId, day, status: "WAITING" } }),
  ]);
  return {
    called: called.map((t) => ({
      code: t.code,
      desk: t.desk?.name ?? "",
      calledAt: t.calledAt!.toISOString(),
    })),
    waiting,
  };
}

export type TicketState = {
  code: string;
  site: string;
  service: string;
  status: "WAITING" | "CALLED" | "DONE" | "NO_SHOW";
  desk: string | null;
  /** 1 = next in line. */
  place: number | null;
  estimateMinutes: number | null;
};

export async function ticketState(token: string): Promise<TicketState | null> {
  if (!trackTokenPattern.test(token)) return null;
  const ticket = await db.queueTicket.findUnique({
    where: { trackToken: token },
    include: { site: { select: { name: true } }, queueService: true, desk: { select: { name: true } } },
  });
  if (!ticket) return null;
  let place: number | null = null;
  if (ticket.status === "WAITING") {
    const ahead = await db.queueTicket.count({
      where: {
        siteId: ticket.siteId,
        day: ticket.day,
        queueServiceId: ticket.queueServiceId,
        status: "WAITING",
        OR: [{ createdAt: { lt: ticket.createdAt } }, { createdAt: ticket.createdAt, id: { lt: ticket.id } }],
      },
    });
    place = ahead + 1;
  }
  return {
    code: ticket.code,
    site: ticket.site.name,
    service: ticket.queueService.name,
    status: ticket.status,
    desk: ticket.desk?.name ?? null,
    place,
    estimateMinutes: place === null ? null : ahead(place) * ticket.queueService.averageMinutes,
  };
}

// The people before you, not counting yourself.
const ahead = (place: number) => place - 1;

export async function deskOverview(siteId: string, now = new Date()) {
  const day = today(now);
  return db.queueTicket.findMany({
    where: { siteId, day, status: { in: ["WAITING", "CALLED"] } },
    orderBy: { createdAt: "asc" },
    include: { queueService: { select: { name: true } }, desk: { select: { name: true } } },
  });
}

/** The desk this staff member calls to at this site, remembered from their last call. */
export async function chosenDesk(userId: string, siteId: string): Promise<string | null> {
  const choice = await db.queueDeskChoice.findUnique({
    where: { userId_siteId: { userId, siteId } },
    select: { deskId: true },
  });
  return choice?.deskId ?? null;
}

export function desksOf(siteId: string) {
  return db.desk.findMany({
    where: { siteId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
