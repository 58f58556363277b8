// The right of access: everything in EXPORT_SECTIONS about the signed-in user, as one object the
// JSON download returns and the PDF draws. Recorded in the audit log (who downloaded whose data).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { EXPORT_SECTIONS } from "./export-sections";

export type PersonalDataExport = {
  generatedAt: string;
  sections: { key: string; title: string; rows: unknown[] }[];
};

/** Only the user's own data: every section is scoped by this id. Null for an unknown user. */
export async function collectPersonalData(userId: string): Promise<PersonalDataExport | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return null;
  const sections = [];
  // One after the other: a download must not take every connection of the pool.
  for (const s of EXPORT_SECTIONS) sections.push({ key: s.key, title: s.title, rows: await s.collect(user) });
  return { generatedAt: new Date().toISOString(), sections };
}

export async function recordExport(userId: string, format: "json" | "pdf"): Promise<void> {
  await recordAudit(db, { actorId: userId, action: "privacy.exported", details: { format } });
}

/** JSON of the export: dates as ISO strings, whole numbers as numbers (BigInt is not JSON). */
export function exportJson(data: PersonalDataExport): string {
  const plain = Object.fromEntries(data.sections.map((s) => [s.key, s.rows]));
  const replacer = (_key: string, value: unknown) => (typeof value === "bigint" ? Number(value) : value);
  return JSON.stringify({ generatedAt: data.generatedAt, ...plain }, replacer, 2);
}
