import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Laatste handelingen</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-3">
                Wanneer
              </th>
              <th scope="col" className="py-2 pr-3">
                Wie
              </th>
              <th scope="col" className="py-2 pr-3">
                Namens
              </th>
              <th scope="col" className="py-2">
                Handeling
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </>
  );
}
