// The social tariff (UiTPAS kansentarief): a parent's claims per child, and the open requests
// staff decide (oldest first).
import "server-only";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";

async function sharePercent() {
  const settings = await db.activitySettings.findUnique({
    where: { id: 1 },
    select: { socialSharePercent: true },
  });
  return settings?.socialSharePercent ?? 20;
}

/** The claims of the parent's own children by child, and the share the social tariff pays. */
export async function mySocialClaims(userId: string) {
  const [claims, share] = await Promise.all([
    db.socialTariffClaim.findMany({ where: { member: { userId } } }),
    sharePercent(),
  ]);
  return { claims: new Map(claims.map((c) => [c.memberId, c])), sharePercent: share };
}

export type SocialClaim =
  Awaited<ReturnType<typeof mySocialClaims>>["claims"] extends Map<string, infer C> ? C : never;

/** The open requests, oldest first, a page at a time with the true total (lib/paging). */
export async function openSocialClaims(page: number) {
  const where = { status: "REQUESTED" as const };
  return paged(
    page,
    () => db.socialTariffClaim.count({ where }),
    (window) =>
      db.socialTariffClaim.findMany({
        where,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          uitpasNumber: true,
          createdAt: true,
          member: {
            select: {
              firstName: true,
              lastName: true,
              birthDate: true,
              user: { select: { name: true, email: true } },
            },
          },
        },
      }),
  );
}

export type OpenSocialClaim = Awaited<ReturnType<typeof openSocialClaims>>["rows"][number];
