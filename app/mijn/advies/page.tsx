import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { myAdviceRequests } from "@/lib/events/queries/advisor";

export const metadata: Metadata = { title: "Adviesvragen" };

// The advice asked of the advisor's body (politie, brandweer, milieudienst): nothing else of any
// dossier; someone who is no advisor sees an empty list.
export default async function AdviceListPage() {
  const actor = await requireUser("/mijn/advies");
  const requests = await myAdviceRequests(actor.userId);
  return (
    <>
      <PageHeader title="Adviesvragen" intro="Evenementen waarover de gemeente je dienst om advies vraagt." />
      <Card>
        <DataList
          caption="Adviesvragen"
          rows={requests}
          rowKey={(r) => r.id}
          empty="Er zijn geen adviesvragen voor jou."
          columns={[
            {
              key: "what",
              label: "Dossier",
              primary: true,
              cell: (r) => <Link href={`/mijn/advies/${r.id}`}>{r.case.number}</Link>,
            },
            { key: "body", label: "Dienst", cell: (r) => r.body.name },
            { key: "due", label: "Nodig tegen", cell: (r) => formatDate(r.dueOn) },
            { key: "state", label: "Status", cell: (r) => (r.answeredAt ? "Gegeven" : "Te geven") },
          ]}
        />
      </Card>
    </>
  );
}
