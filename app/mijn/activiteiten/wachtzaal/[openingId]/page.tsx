import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { WaitingRoomPlace } from "@/components/activities/waiting-room-status";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { myPlaceInLine } from "@/lib/activities/queries/mine";
import { requireUser } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/be/time";
import { AppError } from "@/lib/errors";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Wachtzaal" };

type Props = { params: Promise<{ openingId: string }> };

async function placeOrNotFound(openingId: string, userId: string) {
  try {
    return await myPlaceInLine(openingId, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function WaitingRoomPage({ params }: Props) {
  const { openingId } = await params;
  const actor = await requireUser(`/mijn/activiteiten/wachtzaal/${openingId}`);
  await connection();
  const now = new Date();
  const place = await placeOrNotFound(openingId, actor.userId);
  return (
    <>
      <PageHeader
        title="Wachtzaal"
        intro={`${now < place.opensAt ? "De inschrijvingen openen op" : "De inschrijvingen zijn open sinds"} ${formatDateTime(place.opensAt)}. Wie er vóór de opening is, krijgt een willekeurige plaats in de rij; daarna geldt de volgorde van aankomst. We laten iedereen in groepjes binnen, zodat de site voor iedereen blijft werken.`}
      />
      <Card title="Jouw plaats">
        {place.state === "not-joined" ? (
          <p>
            Je hebt nog geen plaats in de wachtzaal. Neem plaats vanuit{" "}
            <Link href="/mijn/activiteiten/mandje">je mandje</Link>.
          </p>
        ) : (
          <WaitingRoomPlace
            openingId={openingId}
            early={place.state === "waiting" && place.early && now < place.opensAt}
            initial={
              place.state === "admitted"
                ? { state: place.state }
                : {
                    state: place.state,
                    position: place.position,
                    total: place.total,
                    secondsToAdmission: Math.ceil((place.admitAt.getTime() - now.getTime()) / 1000),
                  }
            }
          />
        )}
      </Card>
    </>
  );
}
