import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { formatDateTime } from "@/lib/be/time";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Auditlog" };

export default async function AuditPage() {
  await requireStaff("audit:read", "/beheer/audit");
  const rows = await db.auditLog.findMany({
    orderBy: { at: "desc" },
    take: 100,
    include: {
      actor: { select: { name: true } },
      onBehalfOf: { select: { name: true } },
      association: { select: { name: true } },
    },
  });
  return (
    <>
      <PageHeader title="Auditlog" intro="De laatste 100 handelingen." />
      <Table
        caption="Laatste handelingen"
        columns={[{ label: "Wanneer" }, { label: "Wie" }, { label: "Namens" }, { label: "Handeling" }]}
        small
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-200">
            <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.at)}</td>
            <td className="py-2 pr-3">{r.actor?.name ?? "systeem of anoniem"}</td>
            <td className="py-2 pr-3">
              {r.association?.name ??
                (r.onBehalfOf && r.onBehalfOf.name !== r.actor?.name ? r.onBehalfOf.name : "")}
            </td>
            <td className="py-2 font-mono">{r.action}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
