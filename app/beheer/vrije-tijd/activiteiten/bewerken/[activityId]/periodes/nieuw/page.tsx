import type { Metadata } from "next";
import Link from "next/link";
import { SessionForm } from "@/components/activities/admin/session-form";
import { PageHeader } from "@/components/ui/page-header";
import { activityTitle } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Nieuwe periode" };

type Props = { params: Promise<{ activityId: string }> };

export default async function NewSessionPage({ params }: Props) {
  const { activityId } = await params;
  const back = `/beheer/vrije-tijd/activiteiten/bewerken/${activityId}`;
  await requireStaff("activities:manage", `${back}/periodes/nieuw`);
  const activity = await activityTitle(activityId);
  if (!activity) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Nieuwe periode" intro={activity.title}>
        <p className="mt-4">
          <Link href={back}>Terug naar de activiteit</Link>
        </p>
      </PageHeader>
      <SessionForm activityId={activity.id} />
    </div>
  );
}
