import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { myOrganisedActivities } from "@/lib/activities/queries/organiser";
import { requireUser } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Activiteiten die je begeleidt" };

// The activities the user organises (a link staff made), with their sessions; someone who
// organises nothing gets "not found".
export default async function OrganiserPage() {
  const actor = await requireUser("/mijn/organisator");
  const activities = await myOrganisedActivities(actor.userId);
  if (activities.length === 0) notFound();
  return (
    <>
      <PageHeader
        title="Activiteiten die je begeleidt"
        intro="Per periode de deelnemers en hun ouders. Medische gegevens toon je pas op vraag; elke keer wordt bijgehouden."
      />
      <div className="space-y-6">
        {activities.map((a) => (
          <Card key={a.id} title={a.title}>
            {a.sessions.length === 0 ? (
              <p>Nog geen periodes.</p>
            ) : (
              <ul className="space-y-2">
                {a.sessions.map((s) => (
                  <li key={s.id}>
                    <Link href={`/mijn/organisator/${s.id}`}>{s.label}</Link>:{" "}
                    {formatDateKey(key(s.startDate))} tot {formatDateKey(key(s.endDate))}, {s.place}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
