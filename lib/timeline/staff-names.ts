// The names of the staff members who acted for a resident, for the timeline's "Gedaan door …".
import "server-only";
import { db } from "@/lib/db";

export async function staffNames(ids: readonly (string | null)[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
