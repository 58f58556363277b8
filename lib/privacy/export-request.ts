// The two download routes (JSON and PDF) answer the same way before they differ: signed in, the
// user's own export, the download recorded in the audit log.
import "server-only";
import { connection, NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { collectPersonalData, recordExport, type PersonalDataExport } from "./export";

type Own = { data: PersonalDataExport; name: string };

export async function ownExport(format: "json" | "pdf"): Promise<Own | NextResponse> {
  await connection();
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Meld je eerst aan." }, { status: 401 });
  const data = await collectPersonalData(actor.userId);
  if (!data) return NextResponse.json({ error: "Niet gevonden." }, { status: 404 });
  await recordExport(actor.userId, format);
  return { data, name: actor.name ?? actor.email ?? "" };
}

export const downloadHeaders = (contentType: string, filename: string) => ({
  "Content-Type": contentType,
  "Content-Disposition": `attachment; filename="${filename}"`,
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
});
