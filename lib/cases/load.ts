// Reading a case with what commands need about it, under a row lock.
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/app-url";
import { caseMessages } from "./messages";

export async function lockedCase(tx: Tx, where: { id: string; scope: object }) {
  const [id] = await lockRows(tx, "Case", [where.id]);
  const found = id
    ? await tx.case.findFirst({
        where: { AND: [{ id }, where.scope] },
        include: {
          product: { select: { name: true } },
          team: { select: { name: true } },
          applicant: { select: { name: true, email: true } },
          workflow: { include: { statuses: true, transitions: true } },
        },
      })
    : null;
  if (!found) throw new AppError("NOT_FOUND", caseMessages.notFound);
  return found;
}

/** The mail facts of a case, or null when the applicant has no e-mail address. */
export function mailAbout(c: Awaited<ReturnType<typeof lockedCase>>) {
  if (!c.applicant?.email) return null;
  return {
    to: c.applicant.email,
    name: c.applicant.name,
    number: c.number,
    product: c.product.name,
    team: c.team.name,
    link: appUrl(`/mijn/aanvragen/${c.id}`),
  };
}
