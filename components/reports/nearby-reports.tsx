"use client";
// "Is dit dezelfde melding?": open reports of the same category close by. Following one instead
// of filing a new one puts the resident on its mailing list.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { followNearby } from "@/lib/reports/actions";
import { followSchema } from "@/lib/reports/schema";

type Nearby = {
  id: string;
  number: string;
  distance: number;
  place: string;
  description: string;
  createdAt: string;
};

const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  day: "numeric",
  month: "long",
  timeZone: "Europe/Brussels",
});

export function NearbyReports({ reports, defaultEmail }: { reports: Nearby[]; defaultEmail?: string }) {
  return (
    <section aria-labelledby="nearby" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
      <h2 id="nearby" className="text-xl font-semibold">
        Is dit dezelfde melding?
      </h2>
      <p className="mt-2">
        Er {reports.length === 1 ? "is al een open melding" : `zijn al ${reports.length} open meldingen`} van
        deze soort in de buurt. Gaat het over hetzelfde? Volg dan die melding: je krijgt dezelfde berichten en
        wij hoeven niets dubbel te behandelen. Is het iets anders? Vul dan hieronder je eigen melding in.
      </p>
      <ActionForm
        action={followNearby}
        schema={followSchema}
        label="Een bestaande melding volgen"
        className="mt-4 space-y-4"
        success={(data) => (
          <>Je volgt nu melding {data.number}. We stuurden je een e-mail met de link naar de statuspagina.</>
        )}
      >
        <fieldset>
          <legend className="font-semibold">Welke melding wil je volgen?</legend>
          <ul className="mt-2 space-y-3">
            {reports.map((r, index) => (
              <li key={r.id} className="flex gap-3">
                <input
                  type="radio"
                  id={`follow-${r.id}`}
                  name="reportId"
                  value={r.id}
                  defaultChecked={index === 0}
                  className="mt-1 h-5 w-5"
                />
                <label htmlFor={`follow-${r.id}`}>
                  <span className="font-semibold">{r.number}</span>, {r.distance} m van jouw plek
                  {r.place && `, ${r.place}`} (gemeld op {dateFormat.format(new Date(r.createdAt))}):{" "}
                  <span className="italic">{r.description}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextField
          label="Je e-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={defaultEmail}
        />
        <SubmitButton>Ja, volg deze melding</SubmitButton>
      </ActionForm>
    </section>
  );
}
