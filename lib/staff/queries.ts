// Reads for the staff management screen: who holds a staff role, a page at a time.
import "server-only";
import type { StaffRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";

const staffWhere = { staffRoles: { some: {} }, erasedAt: null };

const staffRow = {
  id: true,
  name: true,
  email: true,
  staffRoles: { select: { role: true }, orderBy: { role: "asc" as const } },
  // The newest session's start: the last sign-in, as far as a session still remembers it.
  sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" as const }, take: 1 },
} as const;

type Row = {
  id: string;
  name: string | null;
  email: string | null;
  staffRoles: { role: StaffRole }[];
  sessions: { createdAt: Date }[];
};

function toStaff(row: Row) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.staffRoles.map((r) => r.role),
    lastSignIn: row.sessions[0]?.createdAt ?? null,
  };
}

export type StaffMember = ReturnType<typeof toStaff>;

/** Every staff member by name, paged in the query (lib/paging). */
export async function listStaff(page: number) {
  const found = await paged(
    page,
    () => db.user.count({ where: staffWhere }),
    (window) =>
      db.user.findMany({
        where: staffWhere,
        select: staffRow,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...window,
      }),
  );
  return { ...found, rows: found.rows.map(toStaff) };
}

/** One account for the staff page: also one whose roles were all just removed. */
export async function getStaffMember(userId: string) {
  const row = await db.user.findFirst({ where: { id: userId, erasedAt: null }, select: staffRow });
  if (!row) return null;
  const sessions = await db.session.count({ where: { userId } });
  return { ...toStaff(row), sessions };
}
