import type { Metadata } from "next";
import Link from "next/link";
import { MessageParentsForm } from "@/components/activities/message-parents-form";
import { OrganiserParticipants } from "@/components/activities/organiser-participants";
import { ParentMessages } from "@/components/activities/parent-messages";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page-header";
import { organiserSession, sessionMessages } from "@/lib/activities/queries/organiser";
import { requireUser } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";
import { dateKeyOf as key } from "@/lib/be/date-key";

export const metadata: Metadata = { title: "Deelnemers van je activiteit" };

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<{ medisch?: string }> };

// An organiser's session: the participants, medical notes only after "Toon medische gegevens" (a
// GET form, so no link prefetch reads them; the read is audited), and messages to the parents.
// Anyone who does not organise this activity, staff included, gets "not found".
export default async function OrganiserSessionPage({ params, searchParams }: Props) {
  const [{ sessionId }, search] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/mijn/organisator/${sessionId}`);
  const found = await organiserSession(sessionId, actor.userId, search.medisch === "1");
  if (!found) notFound();
  const { session, placed, medical } = found;
  const messages = await sessionMessages(session.id);
  return (
    <>
      <PageHeader
        title={`${session.activity.title}: ${session.label}`}
        intro={`${formatDateKey(key(session.startDate))} tot ${formatDateKey(key(session.endDate))}, ${session.place}.`}
      >
        <p className="mt-4">
          <Link href="/mijn/organisator">Terug naar je activiteiten</Link>
        </p>
      </PageHeader>
      {medical ? (
        <p className="mb-4 max-w-prose">
          Je ziet de medische gegevens; dat werd bijgehouden. Gebruik ze enkel voor de zorg tijdens de
          activiteit. <Link href={`/mijn/organisator/${session.id}`}>Verberg de medische gegevens</Link>
        </p>
      ) : (
        <form method="get" className="mb-4">
          <input type="hidden" name="medisch" value="1" />
          <p className="mb-2 max-w-prose">
            Medische gegevens zijn gevoelig: elke keer dat je ze toont, wordt bijgehouden.
          </p>
          <button type="submit" className={buttonClass("secondary")}>
            Toon medische gegevens
          </button>
        </form>
      )}
      <OrganiserParticipants rows={placed} start={session.startDate} medical={medical} />
      <section aria-labelledby="bericht" className="mt-10 max-w-prose">
        <h2 id="bericht" className="mb-2 text-xl font-bold">
          Bericht aan de ouders
        </h2>
        <MessageParentsForm sessionId={session.id} asOrganiser />
      </section>
      <section aria-labelledby="berichten" className="mt-10 max-w-prose">
        <h2 id="berichten" className="mb-2 text-xl font-bold">
          Eerdere berichten
        </h2>
        <ParentMessages messages={messages} />
      </section>
    </>
  );
}
