// What an advisor (a member of an advice body's team) sees: the advice asked of their body, and
// for one request only the pages of the dossier it names, never the rest (scope in the query:
// lib/cases/access.ts). Another body's request is "not found".
import "server-only";
import { advisorAdviceScope } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { paged } from "@/lib/paging";
import { type Answers, type FormDefinition, answerFields, parseDefinition } from "@/lib/form-engine";

/**
 * The advice asked of the advisor's bodies: the ones to give first (by due day), then the given ones,
 * latest first; one page (lib/paging), on the index CaseAdvice(bodySlug, answeredAt DESC, dueOn).
 */
export async function myAdviceRequests(userId: string, page = 1, client: Db = db) {
  const where = advisorAdviceScope(userId);
  return paged(
    page,
    () => client.caseAdvice.count({ where }),
    (window) =>
      client.caseAdvice.findMany({
        where,
        orderBy: [{ answeredAt: { sort: "desc", nulls: "first" } }, { dueOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          dueOn: true,
          answeredAt: true,
          question: true,
          body: { select: { name: true } },
          case: { select: { number: true } },
        },
        ...window,
      }),
  );
}

/** The keys of the questions on the pages asked (a file's `fieldKey` is one of them). */
function askedKeys(def: FormDefinition, pages: readonly string[]) {
  return new Set(
    def.pages.filter((p) => pages.includes(p.key)).flatMap((p) => answerFields(p.fields).map((f) => f.key)),
  );
}

/**
 * An advisor may download a file of the dossier while it is open (not decided, not anonymised)
 * when it answers a question on a page their body was asked about: the site plan when "bijlagen"
 * was asked, nothing else. The download route (/api/loket/bestand) answers 404 otherwise.
 */
export async function advisorMayReadFile(fileId: string, userId: string, client: Db = db) {
  const link = await client.caseFile.findFirst({
    where: {
      fileId,
      case: { closedAt: null, anonymisedAt: null, advice: { some: advisorAdviceScope(userId) } },
    },
    select: {
      fieldKey: true,
      case: {
        select: {
          version: { select: { definition: true } },
          advice: { where: advisorAdviceScope(userId), select: { pages: true } },
        },
      },
    },
  });
  if (!link) return false;
  const pages = link.case.advice.flatMap((a) => a.pages);
  return askedKeys(parseDefinition(link.case.version.definition), pages).has(link.fieldKey);
}

/** The definition cut down to the pages asked, and only those pages' answers. */
function onlyPages(def: FormDefinition, answers: Answers, pages: readonly string[]) {
  const keys = askedKeys(def, pages);
  return {
    definition: { ...def, pages: def.pages.filter((p) => pages.includes(p.key)) },
    answers: Object.fromEntries(Object.entries(answers).filter(([k]) => keys.has(k))),
  };
}

export async function adviceForAdvisor(adviceId: string, userId: string, client: Db = db) {
  const advice = await client.caseAdvice.findFirst({
    where: { id: adviceId, ...advisorAdviceScope(userId) },
    include: {
      body: { select: { name: true } },
      case: {
        select: {
          number: true,
          answers: true,
          anonymisedAt: true,
          closedAt: true,
          version: { select: { definition: true } },
          files: { select: { fileId: true, fieldKey: true, file: { select: { originalName: true } } } },
        },
      },
    },
  });
  if (!advice || advice.case.anonymisedAt) return null;
  const parts = onlyPages(
    parseDefinition(advice.case.version.definition),
    advice.case.answers as Answers,
    advice.pages,
  );
  const { case: c, ...rest } = advice;
  // The files of the pages asked, as links while the dossier is open (advisorMayReadFile).
  const files = c.closedAt ? [] : c.files.filter((f) => Object.hasOwn(parts.answers, f.fieldKey));
  return { ...rest, number: c.number, ...parts, files };
}
