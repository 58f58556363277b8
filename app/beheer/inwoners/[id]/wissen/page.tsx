import type { Metadata } from "next";
import Link from "next/link";
import { ErasureRulesList } from "@/components/privacy/erasure-rules-list";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { notFound } from "@/lib/http/page-interrupts";
import { erasureBlockersFor, rulesByAction } from "@/lib/privacy/erasure-preview";
import { erasureRequestedAt } from "@/lib/privacy/erasure-request";
import { staffEraseResident } from "@/lib/privacy/staff-actions";
import { getResidentForStaff } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Gegevens wissen" };

export default async function EraseResidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("residents:erase", `/beheer/inwoners/${id}/wissen`);
  const profile = await getResidentForStaff(id);
  if (!profile) notFound();
  const [blockers, requestedAt] = await Promise.all([erasureBlockersFor(id), erasureRequestedAt(id)]);
  const who = profile.name ?? profile.email ?? "deze inwoner";
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={`Gegevens wissen: ${who}`}
        intro={
          requestedAt
            ? `Aangevraagd door de inwoner op ${formatDate(requestedAt)}.`
            : "De inwoner vroeg dit niet via het loket: controleer dat het verzoek echt van deze persoon komt."
        }
      />
      {blockers.length > 0 && (
        <Notice tone="warning" title="Wissen kan nog niet">
          <p>Rond dit eerst af of annuleer het:</p>
          <ul className="mt-1 list-disc pl-6">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Notice>
      )}
      <Card title="Wat er gebeurt">
        <ErasureRulesList groups={rulesByAction()} />
      </Card>
      {blockers.length === 0 && (
        <ConfirmAction
          action={staffEraseResident}
          fields={{ residentId: id }}
          trigger="Gegevens wissen"
          consequence={`Alle gegevens van ${who} worden gewist zoals hierboven staat. Dit kan niet ongedaan gemaakt worden; het account kan daarna niet meer aanmelden.`}
          confirmLabel="Ja, definitief wissen"
        />
      )}
      <p>
        <Link href={`/beheer/inwoners/${id}`}>Terug naar de inwoner</Link>
      </p>
    </div>
  );
}
