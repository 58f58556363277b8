// Saving one page of a request: the page's answers (already judged by the compiled schema) replace
// what the draft held for that page, answers an earlier change hid are forgotten, and new files
// are stored through lib/uploads (cleaned before the transaction). One draft per (user, version).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import {
  type Answers,
  type FileRef,
  type FormDefinition,
  answerFields,
  keepVisible,
  parseDefinition,
} from "@/lib/form-engine";
import { cleanUploads } from "@/lib/uploads/clean";
import { storeFile } from "@/lib/uploads/store";
import { eloketMessages } from "../messages";

export const ATTACHMENT_PURPOSE = "eloket-attachment";
const MAX_BYTES = 10 * 1024 * 1024;

type Cleaned = Map<string, Awaited<ReturnType<typeof cleanUploads>>>;

/** Cleans the new files of a page's answers (type from the bytes, pictures re-encoded). */
export async function cleanPageFiles(
  def: FormDefinition,
  pageKey: string,
  answers: Answers,
): Promise<Cleaned> {
  const out: Cleaned = new Map();
  const page = def.pages.find((p) => p.key === pageKey);
  for (const field of answerFields(page?.fields ?? [])) {
    if (field.type !== "file") continue;
    const files = ((answers[field.key] as unknown[] | undefined) ?? []).filter(
      (f): f is File => f instanceof File,
    );
    if (files.length)
      out.set(
        field.key,
        await cleanUploads(files, {
          field: field.key,
          kinds: field.kinds,
          maxBytes: MAX_BYTES,
          maxFiles: field.maxFiles,
        }),
      );
  }
  return out;
}

async function storeCleaned(tx: Tx, cleaned: Cleaned, userId: string): Promise<Answers> {
  const refs: Answers = {};
  for (const [key, files] of cleaned) {
    const list: FileRef[] = [];
    for (const file of files)
      list.push({
        id: await storeFile(tx, file, {
          purpose: ATTACHMENT_PURPOSE,
          visibility: "PRIVATE",
          uploadedById: userId,
        }),
        name: file.originalName,
      });
    refs[key] = list;
  }
  return refs;
}

export async function savePage(
  db: Db,
  input: { userId: string; versionId: string; page: string; answers: Answers; cleaned: Cleaned },
) {
  return transaction(db, async (tx) => {
    const version = await tx.productFormVersion.findFirst({
      where: { id: input.versionId, publishedAt: { not: null } },
    });
    if (!version) throw new AppError("NOT_FOUND", eloketMessages.notPublished);
    const def = parseDefinition(version.definition);
    const page = def.pages.find((p) => p.key === input.page);
    if (!page) throw new AppError("NOT_FOUND", eloketMessages.pageNotFound);
    const draft = await tx.caseDraft.findUnique({
      where: { userId_versionId: { userId: input.userId, versionId: version.id } },
    });
    const own = new Set(page.fields.map((f) => f.key));
    const earlier = Object.fromEntries(
      Object.entries((draft?.answers ?? {}) as Answers).filter(([k]) => !own.has(k)),
    );
    const stored = await storeCleaned(tx, input.cleaned, input.userId);
    const answers = keepVisible(def, { ...earlier, ...input.answers, ...stored });
    await dropUnusedFiles(tx, (draft?.answers ?? {}) as Answers, answers, input.userId);
    const pagesDone = [...new Set([...(draft?.pagesDone ?? []), page.key])];
    const data = { answers: answers as Prisma.InputJsonValue, pagesDone };
    await tx.caseDraft.upsert({
      where: { userId_versionId: { userId: input.userId, versionId: version.id } },
      create: { userId: input.userId, versionId: version.id, ...data },
      update: data,
    });
    return { answers, pagesDone };
  });
}

/** Files a draft held that its answers no longer name (replaced, or their question now hidden). */
export function fileIdsOf(answers: Answers): string[] {
  return Object.values(answers).flatMap((v) =>
    Array.isArray(v)
      ? v.flatMap((x) => (x && typeof x === "object" && "id" in x && "name" in x ? [String(x.id)] : []))
      : [],
  );
}

export async function dropUnusedFiles(tx: Tx, before: Answers, after: Answers, userId: string) {
  const kept = new Set(fileIdsOf(after));
  const gone = fileIdsOf(before).filter((id) => !kept.has(id));
  if (gone.length)
    await tx.storedFile.deleteMany({
      where: { id: { in: gone }, uploadedById: userId, purpose: ATTACHMENT_PURPOSE, caseFile: null },
    });
}
