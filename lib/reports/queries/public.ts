// What residents see of a report: the status page (by the link's token, no account needed), their
// own reports in Mijn Wingene, open reports nearby, and the photos each of these may show.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { boxAround, type Point } from "@/lib/be/geo";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import { readStoredFile, type ServedFile } from "@/lib/uploads/read";
import { findDuplicates } from "../duplicates";
import { OPEN_STATUSES } from "../status";
import { hashStatusToken, looksLikeStatusToken } from "../token";

const publicReport = {
  category: { select: { name: true, targetDays: true } },
  statusChanges: { orderBy: { at: "asc" } },
  messages: { orderBy: { createdAt: "asc" } },
  photos: { orderBy: { createdAt: "asc" }, select: { fileId: true } },
} satisfies Prisma.ReportInclude;

/**
 * Who is looking: the person who filed the report sees what they wrote and their photos; a
 * follower (anyone who typed an e-mail address under "volg deze melding") sees only what the
 * municipality makes public: status, history, its messages and the place.
 */
export type ReportViewer = "reporter" | "follower";

type LoadedReport = Prisma.ReportGetPayload<{ include: typeof publicReport }>;

/** What every viewer of a report may see: where it stands, the municipality's messages, the place. */
function publicPart(r: LoadedReport) {
  const { id, number, kind, status, createdAt, addressText, category, statusChanges, messages } = r;
  return { id, number, kind, status, createdAt, addressText, category, statusChanges, messages };
}

/** A report as residents see it, following a merge to the report it now lives in. */
async function asShownToResidents(id: string, viewer: ReportViewer) {
  const opened = await db.report.findUnique({ where: { id }, include: publicReport });
  if (!opened) return null;
  const current = opened.mergedIntoId
    ? await db.report.findUnique({ where: { id: opened.mergedIntoId }, include: publicReport })
    : null;
  const shown = publicPart(current ?? opened);
  // What the reporter wrote is theirs: a reporter of a merged duplicate sees their own text and
  // photos beside the status of the report it lives in, never the other reporter's.
  const own =
    viewer === "reporter"
      ? {
          description: opened.description,
          addressText: opened.addressText,
          latitude: opened.latitude,
          longitude: opened.longitude,
          photos: opened.photos,
          createdAt: opened.createdAt,
        }
      : null;
  return { report: shown, own, viewer, mergedFrom: current ? opened.number : null, openedId: opened.id };
}

export type ResidentView = NonNullable<Awaited<ReturnType<typeof asShownToResidents>>>;

/**
 * The report a status-page token opens (any link mailed to the reporter or a follower), as that
 * person may see it. Null for anything else: the page answers 404 without saying why.
 */
export async function getReportByToken(token: string) {
  if (!looksLikeStatusToken(token)) return null;
  const link = await db.reportLink.findUnique({
    where: { tokenHash: hashStatusToken(token) },
    select: { reportId: true, followerId: true },
  });
  return link ? asShownToResidents(link.reportId, link.followerId ? "follower" : "reporter") : null;
}

/** Reports a signed-in resident filed or follows: authorisation is this where. */
const mine = (userId: string): Prisma.ReportWhereInput => ({
  OR: [{ reporterId: userId }, { followers: { some: { userId } } }],
});

/**
 * A signed-in resident's own reports and the ones they follow, newest first, one page (lib/paging):
 * indexes Report(reporterId, createdAt) and ReportFollower(userId).
 */
export async function getMyReports(userId: string, page = 1) {
  const where = mine(userId);
  return paged(
    page,
    () => db.report.count({ where }),
    (window) =>
      db.report.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: {
          category: { select: { name: true } },
          messages: { orderBy: { createdAt: "desc" }, take: 1 },
          mergedInto: { select: { number: true } },
        },
        ...window,
      }),
  );
}

/** One of the resident's reports, as the status page shows it; null for anyone else's. */
export async function getMyReport(userId: string, reportId: string) {
  const own = await db.report.findFirst({
    where: { id: reportId, ...mine(userId) },
    select: { id: true, reporterId: true },
  });
  if (!own) return null;
  return asShownToResidents(own.id, own.reporterId === userId ? "reporter" : "follower");
}

/** Open reports of the category near a point that may be the same (nearest first). */
export async function nearbyOpenReports(categoryId: string, point: Point, now = new Date()) {
  const box = boxAround(point, 200);
  const candidates = await db.report.findMany({
    where: {
      categoryId,
      status: { in: [...OPEN_STATUSES] },
      mergedIntoId: null,
      latitude: { gte: box.south, lte: box.north },
      longitude: { gte: box.west, lte: box.east },
    },
    select: {
      id: true,
      number: true,
      categoryId: true,
      status: true,
      createdAt: true,
      mergedIntoId: true,
      latitude: true,
      longitude: true,
      addressText: true,
    },
  });
  const located = candidates.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [{ ...c, latitude: c.latitude, longitude: c.longitude }],
  );
  return findDuplicates({ ...point, categoryId }, located, now);
}

/**
 * A report photo for whoever may see it: staff of the meldpunt, a resident whose report it is (or
 * who follows it), or the holder of a status-page link that shows it. A photo of a duplicate stays
 * visible through the report it was merged into.
 */
export async function getReportPhoto(
  fileId: string,
  viewer: { token?: string | null; userId?: string | null; staff?: boolean },
): Promise<ServedFile | null> {
  const photo = await db.reportPhoto.findUnique({
    where: { fileId },
    select: { reportId: true },
  });
  if (!photo) return null;
  // Only the person who filed the report sees its photos (followers never do); staff always.
  let allowed = Boolean(viewer.staff);
  if (!allowed && viewer.token) {
    const seen = await getReportByToken(viewer.token);
    allowed = seen?.viewer === "reporter" && seen.openedId === photo.reportId;
  }
  if (!allowed && viewer.userId) {
    allowed = (await db.report.count({ where: { id: photo.reportId, reporterId: viewer.userId } })) > 0;
  }
  return allowed ? readStoredFile(db, fileId) : null;
}
