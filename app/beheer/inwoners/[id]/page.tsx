import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { HouseholdList } from "@/components/residents/household-list";
import { HouseholdMemberForm } from "@/components/residents/household-member-form";
import { ResidenceVerification } from "@/components/residents/residence-verification";
import { ProfileForm } from "@/components/residents/profile-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { recordResidentViewed } from "@/lib/residents/commands";
import { getHousehold, getMemberships, getResidentForStaff } from "@/lib/residents/queries";
import { staffAddHouseholdMember, staffSaveProfile } from "@/lib/residents/staff-actions";
import { getResidentVerification } from "@/lib/residents/verification";
import { erasureRequestedAt } from "@/lib/privacy/erasure-request";
import { nextPerformances } from "@/lib/tickets/admin-queries";
import { getTimeline } from "@/lib/timeline";

export const metadata: Metadata = { title: "Inwoner" };

export default async function ResidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("residents:act-for", `/beheer/inwoners/${id}`);
  const profile = await getResidentForStaff(id);
  if (!profile) notFound();
  const sellsTickets = actor.permissions.has("leisure:manage");
  const now = new Date();
  const erases = actor.permissions.has("residents:erase");
  const [household, memberships, timeline, upcoming, verification, erasureAskedAt] = await Promise.all([
    getHousehold(id),
    getMemberships(id),
    getTimeline(id),
    sellsTickets ? nextPerformances(10, now) : [],
    getResidentVerification(id),
    erases ? erasureRequestedAt(id) : null,
  ]);
  await recordResidentViewed(actor.userId, id);
  return (
    <>
      <PageHeader
        title={profile.name ?? profile.email ?? "Inwoner"}
        intro={`Je handelt namens deze inwoner. Alles wat je hier doet, staat op naam van jou én van ${profile.name ?? "de inwoner"}.`}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Gegevens">
          <p className="mb-4">E-mail: {profile.email}</p>
          <ProfileForm profile={profile} action={staffSaveProfile} residentId={id} />
        </Card>
        <div className="space-y-6">
          <Card title="Woonplaats (inwonerstarief)">
            <ResidenceVerification
              residentId={id}
              verification={
                verification && {
                  verifiedOn: formatDate(verification.verifiedAt),
                  verifiedBy: verification.verifiedBy,
                  nationalNumber:
                    verification.nationalNumber && verification.nationalNumberAt
                      ? {
                          masked: verification.nationalNumber,
                          recordedOn: formatDate(verification.nationalNumberAt),
                        }
                      : null,
                }
              }
            />
          </Card>
          <Card title="Gezin">
            <HouseholdList members={household} />
            <div className="mt-4 border-t border-slate-200 pt-4">
              <HouseholdMemberForm action={staffAddHouseholdMember} residentId={id} />
            </div>
          </Card>
          <Card title="Verenigingen">
            {memberships.length === 0 ? (
              <p>Geen lidmaatschappen.</p>
            ) : (
              <ul>
                {memberships.map((m) => (
                  <li key={m.id}>{m.association.name}</li>
                ))}
              </ul>
            )}
          </Card>
          {upcoming.length > 0 && (
            <Card title="Tickets verkopen">
              <ul className="space-y-1">
                {upcoming.map((p) => (
                  <li key={p.id}>
                    <Link href={`/beheer/vrije-tijd/${p.id}?inwoner=${id}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {actor.permissions.has("leisure:manage") && (
            <Card title="Zalen">
              <Link href={`/beheer/zalen/balie?inwoner=${id}`}>Zaal reserveren voor deze inwoner</Link>
            </Card>
          )}
          {actor.permissions.has("loans:manage") && (
            <Card title="Uitleendienst">
              <Link href={`/beheer/uitleendienst/balie?inwoner=${id}`}>
                Materiaal uitlenen aan deze inwoner
              </Link>
            </Card>
          )}
          <Card title="E-loket">
            <Link href={`/beheer/aanvragen/balie?inwoner=${id}`}>Aanvraag indienen voor deze inwoner</Link>
          </Card>
          {actor.permissions.has("frontoffice:manage") && (
            <Card title="Afspraken">
              <Link href={`/beheer/onthaal/boeken?inwoner=${id}`}>Afspraak boeken voor deze inwoner</Link>
            </Card>
          )}
          {erases && (
            <Card title="Gegevens wissen">
              <p className="mb-2">
                {erasureAskedAt
                  ? `De inwoner vroeg op ${formatDate(erasureAskedAt)} om de gegevens te wissen.`
                  : "Recht op vergetelheid: wis de gegevens van deze inwoner na een controle."}
              </p>
              <Link href={`/beheer/inwoners/${id}/wissen`}>Gegevens wissen</Link>
            </Card>
          )}
          <Card title="Tijdlijn">
            <TimelineList items={timeline} empty="Nog niets." />
          </Card>
        </div>
      </div>
    </>
  );
}
