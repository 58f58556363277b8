// An activity's page: the cached facts, the periods and, below them, the basket part. The page
// for visitors who are not signed in passes the sign-in link; signed-in visitors reach
// ./inschrijven (a rewrite on the session cookie, next.config.ts), which passes the basket form, so
// the form's code (the form kit, zod) is never part of the page everyone gets.
import type { ReactNode } from "react";
import { LotteryFacts } from "@/components/activities/lottery-facts";
import { SessionFacts } from "@/components/activities/session-facts";
import { TariffTable } from "@/components/activities/tariff-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KIND_LABELS } from "@/lib/activities/labels";
import type { activityBySlug } from "@/lib/activities/queries/catalogue";
import { formatDateTime } from "@/lib/be/time";

type Activity = NonNullable<Awaited<ReturnType<typeof activityBySlug>>>;

export function ActivityPageBody({ a, basket }: { a: Activity; basket: ReactNode }) {
  return (
    <>
      <PageHeader
        trail={[{ href: "/activiteiten", label: "Activiteiten" }]}
        title={a.title}
        intro={a.summary}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title="Over deze activiteit">
          <p className="mb-3">{a.description}</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-semibold">Soort</dt>
            <dd>{KIND_LABELS[a.kind]}</dd>
            <dt className="font-semibold">Waar</dt>
            <dd>{a.village}</dd>
            <dt className="font-semibold">Organisatie</dt>
            <dd>{a.organiser}</dd>
            {a.whatToBring && (
              <>
                <dt className="font-semibold">Meebrengen</dt>
                <dd>{a.whatToBring}</dd>
              </>
            )}
            {a.allocationMode === "LOTTERY" ? (
              <LotteryFacts a={a} />
            ) : (
              <>
                <dt className="font-semibold">Inschrijven</dt>
                <dd>
                  vanaf {formatDateTime(a.opening.opensAt)} tot {formatDateTime(a.opening.closesAt)}
                </dd>
              </>
            )}
          </dl>
          <h3 className="mt-4 mb-2 text-lg font-semibold">Prijzen</h3>
          <TariffTable activity={a} />
        </Card>
        <Card title="Periodes">
          <ul className="mb-6 space-y-3">
            {a.sessions.map((s) => (
              <li key={s.id}>
                <SessionFacts session={s} />
              </li>
            ))}
          </ul>
          {basket}
        </Card>
      </div>
    </>
  );
}
