// The resident's e-loket requests: submitted, each status change, questions from staff. Internal
// notes and assignments never show.
import "server-only";
import { db } from "@/lib/db";
import type { TimelineItem, TimelineSource } from "../types";

export const caseActivity: TimelineSource = async (userId, limit) => {
  const events = await db.caseEvent.findMany({
    where: {
      internal: false,
      kind: { in: ["SUBMITTED", "STATUS", "QUESTION"] },
      case: { applicantId: userId },
    },
    orderBy: { at: "desc" },
    take: limit,
    include: {
      case: {
        select: {
          id: true,
          number: true,
          product: { select: { name: true } },
          workflow: { select: { statuses: { select: { code: true, label: true } } } },
        },
      },
    },
  });
  return events.map((e): TimelineItem => {
    const status = e.case.workflow.statuses.find((s) => s.code === e.toStatus)?.label ?? e.toStatus ?? "";
    return {
      id: `case-${e.id}`,
      at: e.at,
      service: "E-loket",
      title:
        e.kind === "SUBMITTED"
          ? `Aanvraag ${e.case.number} ingediend`
          : e.kind === "QUESTION"
            ? `Vraag over aanvraag ${e.case.number}`
            : `Aanvraag ${e.case.number}: ${status.toLowerCase()}`,
      description: e.case.product.name,
      href: `/mijn/aanvragen/${e.case.id}`,
      byStaff: null,
    };
  });
};
