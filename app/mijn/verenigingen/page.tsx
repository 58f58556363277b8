import type { Metadata } from "next";
import { ActingChoice } from "@/components/residents/acting-choice";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { ASSOCIATION_ROLE_LABELS } from "@/lib/residents/labels";
import { getMemberships } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Mijn verenigingen" };

export default async function MyAssociationsPage() {
  const actor = await requireUser("/mijn/verenigingen");
  const memberships = await getMemberships(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn verenigingen"
        intro="Huur je een zaal of leen je materiaal voor je vereniging? Kies dan eerst dat je namens de vereniging handelt: het tarief en de aanvraag volgen die keuze."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Lidmaatschappen">
          {memberships.length === 0 ? (
            <p>
              Je bent nog geen lid van een vereniging. Vraag de beheerder van je vereniging om je toe te
              voegen.
            </p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {memberships.map((m) => (
                <li key={m.id} className="py-3">
                  <strong>{m.association.name}</strong>
                  <span className="block text-slate-700">
                    {ASSOCIATION_ROLE_LABELS[m.role]} ·{" "}
                    {m.association.recognised ? "erkende vereniging" : "niet-erkende vereniging"}
                    {m.association.village ? ` · ${m.association.village}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {memberships.length > 0 && (
          <Card title="Handelen namens">
            <ActingChoice
              options={memberships.map((m) => m.association)}
              current={actor.actingFor?.id ?? null}
            />
          </Card>
        )}
      </div>
    </>
  );
}
