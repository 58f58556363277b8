import type { Metadata } from "next";
import Link from "next/link";
import { AllocationModeForm, DrawLottery, TrialSeedForm } from "@/components/activities/staff-lottery-forms";
import { TrialResult } from "@/components/activities/trial-result";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { staffLottery, trialDraw } from "@/lib/activities/queries/lottery";
import { trialSeedSchema } from "@/lib/activities/schema";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts, formatDateTime, formatTime } from "@/lib/be/time";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Vrije tijd - loting" };

type Props = {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ proef?: string; uitgevoerd?: string }>;
};

const day = (d: Date | null) => (d ? brusselsParts(d).dateKey : undefined);
const time = (d: Date | null) => (d ? formatTime(d) : undefined);

export default async function LotteryPage({ params, searchParams }: Props) {
  const { activityId } = await params;
  const here = `/beheer/vrije-tijd/activiteiten/loting/${activityId}`;
  await requireStaff("activities:manage", here);
  const [lottery, query] = await Promise.all([staffLottery(activityId), searchParams]);
  if (!lottery) notFound();
  const { activity: a } = lottery;
  const trial = query.proef === undefined ? null : trialSeedSchema.safeParse({ proef: query.proef });
  const rows = trial?.success ? await trialDraw(a.id, trial.data.proef) : null;
  const lotteryMode = a.allocationMode === "LOTTERY";
  return (
    <>
      <PageHeader
        title={`Loting: ${a.title}`}
        intro="Hoe de plaatsen verdeeld worden, een proefloting en de loting zelf."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten">Alle activiteiten</Link>
        </p>
      </PageHeader>
      {query.uitgevoerd && (
        <Notice tone="success">De loting is uitgevoerd. De ouders kregen een mail.</Notice>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title="Manier van inschrijven">
          {a.lotteryDrawnAt ? (
            <p>De loting is uitgevoerd; de manier van inschrijven ligt vast.</p>
          ) : (
            <AllocationModeForm
              activityId={a.id}
              values={{
                mode: a.allocationMode,
                opensOn: day(a.lotteryOpensAt),
                opensAt: time(a.lotteryOpensAt),
                closesOn: day(a.lotteryClosesAt),
                closesAt: time(a.lotteryClosesAt),
              }}
            />
          )}
        </Card>
        <Card title="Loting">
          <p className="mb-3">
            {lottery.entries === 1 ? "1 deelname" : `${lottery.entries} deelnames`} voor{" "}
            {lottery.children === 1 ? "1 kind" : `${lottery.children} kinderen`}.
          </p>
          {a.lotteryDrawnAt && a.lotterySeed ? (
            <p>
              Uitgevoerd op {formatDateTime(a.lotteryDrawnAt)} met seed{" "}
              <code className="break-all">{a.lotterySeed}</code>. De seed staat op de pagina van de
              activiteit.
            </p>
          ) : lotteryMode ? (
            <DrawLottery activityId={a.id} entries={lottery.entries} />
          ) : (
            <p>Deze activiteit werkt met wie eerst komt; er is geen loting.</p>
          )}
        </Card>
      </div>
      {lotteryMode && (
        <div className="mt-6">
          <Card title="Proefloting">
            <p className="mb-3">
              Een proefloting verdeelt de plaatsen met de seed die u kiest over de deelnames zoals ze nu zijn,
              en schrijft niets weg.
            </p>
            <TrialSeedForm action={here} values={{ proef: query.proef }} />
            {rows && trial?.success && <TrialResult rows={rows} seed={trial.data.proef} />}
          </Card>
        </div>
      )}
    </>
  );
}
