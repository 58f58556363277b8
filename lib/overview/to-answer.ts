// What waits for the resident: questions staff asked about a request, and places offered from a
// waiting list that lapse at a set time.
import "server-only";
import { formatDateTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { OverviewEntry } from "./types";

export async function toAnswerFor(userId: string, now: Date, limit: number): Promise<OverviewEntry[]> {
  const [questions, offers] = await Promise.all([
    db.caseQuestion.findMany({
      where: { answeredAt: null, case: { applicantId: userId } },
      orderBy: { askedAt: "asc" },
      take: limit,
      select: {
        id: true,
        askedAt: true,
        case: { select: { id: true, number: true, product: { select: { name: true } } } },
      },
    }),
    db.activityRegistration.findMany({
      where: { userId, status: "OFFERED", offerExpiresAt: { gt: now } },
      orderBy: { offerExpiresAt: "asc" },
      take: limit,
      select: {
        id: true,
        childName: true,
        offerExpiresAt: true,
        session: { select: { activity: { select: { title: true } } } },
      },
    }),
  ]);
  const entries: OverviewEntry[] = [
    ...offers.map((r) => ({
      id: `offer-${r.id}`,
      at: r.offerExpiresAt!,
      title: `Plaats vrij voor ${r.childName.split(" ")[0]}: ${r.session.activity.title}`,
      detail: `Aanvaard met de link in je e-mail, voor ${formatDateTime(r.offerExpiresAt!)}`,
      href: "/mijn/activiteiten",
    })),
    ...questions.map((q) => ({
      id: `question-${q.id}`,
      at: q.askedAt,
      title: `Vraag over aanvraag ${q.case.number}`,
      detail: `${q.case.product.name} · gesteld op ${formatDateTime(q.askedAt)}`,
      href: `/mijn/aanvragen/${q.case.id}`,
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, limit);
}
