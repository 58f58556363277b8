// The case inbox and a case's page for staff, scoped to the teams they belong to (access.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import type { Db } from "@/lib/db/client";
import { advisorMayReadFile } from "@/lib/events/queries/advisor";
import { readStoredFile } from "@/lib/uploads/read";
import { staffCaseScope } from "../access";
import { type CaseInboxFilter, INBOX_PAGE_SIZE } from "../inbox-filter";

function todayDate(now: Date) {
  return new Date(`${brusselsParts(now).dateKey}T00:00:00Z`);
}

function whereOf(userId: string, f: CaseInboxFilter, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [staffCaseScope(userId)];
  if (f.team) and.push({ team: { slug: f.team } });
  // Open means not closed: a decided case still has its document or payment to follow.
  if (f.status === "open" || f.overdue) and.push({ closedAt: null });
  if (f.status !== "open" && f.status !== "alle") and.push({ status: f.status });
  if (f.assignee === "mij") and.push({ assigneeId: userId });
  if (f.assignee === "niemand") and.push({ assigneeId: null });
  if (f.overdue) and.push({ dueOn: { lt: todayDate(now) } });
  return { AND: and };
}

export async function listCaseInbox(
  userId: string,
  filter: CaseInboxFilter,
  now = new Date(),
  client: Db = db,
) {
  const where = whereOf(userId, filter, now);
  const { rows, ...paging } = await paged(
    filter.page,
    () => client.case.count({ where }),
    (window) =>
      client.case.findMany({
        where,
        orderBy:
          filter.order === "risico"
            ? [{ riskLevel: { sort: "desc", nulls: "last" } }, { dueOn: "asc" }, { submittedAt: "asc" }]
            : [{ dueOn: "asc" }, { submittedAt: "asc" }],
        ...window,
        select: {
          id: true,
          number: true,
          status: true,
          dueOn: true,
          submittedAt: true,
          closedAt: true,
          feeCents: true,
          riskLabel: true,
          product: { select: { name: true } },
          team: { select: { name: true } },
          applicant: { select: { name: true } },
          assignee: { select: { name: true } },
          workflow: { select: { statuses: { select: { code: true, label: true } } } },
        },
      }),
    INBOX_PAGE_SIZE,
  );
  const today = todayDate(now);
  return {
    ...paging,
    rows: rows.map(({ workflow, ...r }) => ({
      ...r,
      statusLabel: workflow.statuses.find((s) => s.code === r.status)?.label ?? r.status,
      overdue: r.closedAt === null && r.dueOn < today,
    })),
  };
}

/** The teams of a staff member (inbox filter) and every status of the workflows they see. */
export async function getInboxChoices(userId: string, client: Db = db) {
  const teams = await client.team.findMany({
    where: { members: { some: { userId } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
  const statuses = await client.caseStatus.findMany({
    orderBy: [{ workflowId: "asc" }, { position: "asc" }],
    select: { code: true, label: true },
  });
  const unique = [...new Map(statuses.map((s) => [s.code, s])).values()];
  return { teams, statuses: unique };
}

export async function getCaseForStaff(userId: string, id: string, client: Db = db) {
  return client.case.findFirst({
    where: { AND: [{ id }, staffCaseScope(userId)] },
    include: {
      product: { select: { name: true, slug: true, issuedFromRegister: true } },
      version: { select: { version: true, definition: true } },
      team: {
        select: {
          name: true,
          members: { select: { user: { select: { id: true, name: true, email: true } } } },
        },
      },
      applicant: { select: { id: true, name: true, email: true, phone: true } },
      filedBy: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      workflow: { include: { statuses: { orderBy: { position: "asc" } }, transitions: true } },
      events: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
      questions: { orderBy: { askedAt: "asc" } },
      files: { select: { fileId: true, fieldKey: true, file: { select: { originalName: true } } } },
    },
  });
}

/**
 * An attachment of a case, for staff of its team or the applicant; or a file still in the
 * uploader's own draft; or, for an advisor, a file of a page their body was asked about while the
 * dossier is open (lib/events/queries/advisor.ts). Null for anyone else (the route answers 404).
 */
export async function getCaseAttachment(
  fileId: string,
  viewer: { userId: string; staff: boolean },
  client: Db = db,
) {
  const link = await client.caseFile.findFirst({
    where: {
      fileId,
      case: {
        OR: [{ applicantId: viewer.userId }, ...(viewer.staff ? [staffCaseScope(viewer.userId)] : [])],
      },
    },
    select: { fileId: true },
  });
  const own = link
    ? null
    : await client.storedFile.findFirst({
        where: { id: fileId, uploadedById: viewer.userId, purpose: "eloket-attachment" },
        select: { id: true },
      });
  if (!link && !own && !(await advisorMayReadFile(fileId, viewer.userId, client))) return null;
  return readStoredFile(client, fileId);
}
