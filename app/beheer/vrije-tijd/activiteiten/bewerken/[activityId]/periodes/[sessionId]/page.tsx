import type { Metadata } from "next";
import Link from "next/link";
import { RemoveSession, SessionForm } from "@/components/activities/admin/session-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { activityForEdit, sessionForEdit } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Periode wijzigen" };

type Props = { params: Promise<{ activityId: string; sessionId: string }> };

export default async function EditSessionPage({ params }: Props) {
  const { activityId, sessionId } = await params;
  const back = `/beheer/vrije-tijd/activiteiten/bewerken/${activityId}`;
  await requireStaff("activities:manage", `${back}/periodes/${sessionId}`);
  const [found, activity] = await Promise.all([
    sessionForEdit(activityId, sessionId),
    activityForEdit(activityId),
  ]);
  const listed = activity?.sessions.find((s) => s.id === sessionId);
  if (!found || !listed) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={`Periode: ${found.session.label}`} intro={found.session.activity.title}>
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2">
          <Link href={back}>Terug naar de activiteit</Link>
          <Link href={`/beheer/vrije-tijd/activiteiten/${sessionId}`}>Deelnemers</Link>
        </p>
      </PageHeader>
      <SessionForm activityId={activityId} sessionId={sessionId} values={found.values} taken={listed.taken} />
      {listed.registrations === 0 && (
        <div className="mt-6">
          <Card title="Verwijderen">
            <RemoveSession activityId={activityId} sessionId={sessionId} label={found.session.label} />
          </Card>
        </div>
      )}
    </div>
  );
}
