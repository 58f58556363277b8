// Issuing a request's result document when staff decide the case: the product's template filled
// from the case's answers (lib/eloket/document.ts) and stored on the case, so the document stays
// what it was when issued. Drawn as a PDF in the one layout on every download.
import { formatDate } from "@/lib/be/time";
import type { Tx } from "@/lib/db/client";
import { documentValues, fillTemplate } from "@/lib/eloket/document";
import { type Answers, parseDefinition } from "@/lib/form-engine";
import type { PdfSpec } from "@/lib/pdf/spec";

/**
 * True when the document was issued: the product's template filled in, followed by `appendix`
 * (facts from outside the form, such as the population register's household) when given. Without
 * a template only the appendix is the text, under the product's document title or name.
 */
export async function issueDocument(tx: Tx, caseId: string, now: Date, appendix?: string): Promise<boolean> {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      number: true,
      answers: true,
      applicant: { select: { name: true, email: true } },
      product: { select: { name: true, documentTitle: true, documentTemplate: true } },
      version: { select: { definition: true } },
    },
  });
  const { documentTitle, documentTemplate } = c.product;
  const templated = documentTitle && documentTemplate;
  if (!templated && !appendix) return false;
  const values = documentValues(parseDefinition(c.version.definition), c.answers as Answers, {
    number: c.number,
    applicant: c.applicant?.name ?? c.applicant?.email ?? "",
    product: c.product.name,
    decidedOn: formatDate(now),
  });
  const text = [templated ? fillTemplate(documentTemplate, values) : null, appendix ?? null]
    .filter((part): part is string => Boolean(part))
    .join("\n\n");
  await tx.case.update({
    where: { id: caseId },
    data: { documentTitle: documentTitle ?? c.product.name, documentText: text, documentIssuedAt: now },
  });
  return true;
}

/**
 * The refusal letter of a refused case, stored on the case like a product's document (the same
 * download, the same retention): what was refused, the reason staff gave, and how to object.
 */
export async function issueRefusalLetter(tx: Tx, caseId: string, reason: string, now: Date) {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { number: true, submittedAt: true, product: { select: { name: true } } },
  });
  const { name, objectionDays } = await tx.municipality.findUniqueOrThrow({
    where: { id: 1 },
    select: { name: true, objectionDays: true },
  });
  const text = [
    `Je aanvraag ${c.number} (${c.product.name}) van ${formatDate(c.submittedAt)} is op ${formatDate(now)} geweigerd.`,
    `Reden: ${reason}`,
    `Ben je het niet eens met deze beslissing? Dan kun je binnen ${objectionDays} dagen na ontvangst van deze brief ` +
      `schriftelijk bezwaar indienen bij het college van burgemeester en schepenen (${name}). ` +
      `Vermeld het nummer ${c.number}.`,
  ].join("\n\n");
  await tx.case.update({
    where: { id: caseId },
    data: { documentTitle: "Weigering van je aanvraag", documentText: text, documentIssuedAt: now },
  });
}

export function caseDocumentSpec(d: {
  number: string;
  title: string;
  text: string;
  issuedAt: Date;
}): PdfSpec {
  return {
    title: d.title,
    reference: d.number,
    blocks: [
      ...d.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((text) => ({ type: "paragraph" as const, text })),
      { type: "facts", rows: [["Uitgereikt op", formatDate(d.issuedAt)]] },
    ],
  };
}
