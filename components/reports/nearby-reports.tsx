"use client";
// "Is dit dezelfde melding?": open reports of the same category close by. Following one instead
// of filing a new one puts the resident on its mailing list. What the other reporter wrote is
// not shown: the number, the distance, the street and the day are enough to recognise it.
import { Form, RadioGroup, SubmitButton, TextField } from "@/components/ui/form";
import { followNearby } from "@/lib/reports/actions";
import { followSchema } from "@/lib/reports/schema";

export type Nearby = {
  id: string;
  number: string;
  distance: number;
  place: string;
  /** Already written out ("3 november"), so server and browser agree. */
  reportedOn: string;
};

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
      <div className="mt-4">
        <Form
          action={followNearby}
          schema={followSchema}
          label="Een bestaande melding volgen"
          success={(data) => (
            <>
              Je volgt nu melding {data.number}. We stuurden je een e-mail met de link naar de statuspagina.
            </>
          )}
        >
          <RadioGroup
            name="reportId"
            legend="Welke melding wil je volgen?"
            defaultValue={reports[0]?.id}
            options={reports.map((r) => ({
              value: r.id,
              label: (
                <>
                  <span className="font-semibold">{r.number}</span>, {r.distance} m van jouw plek
                  {r.place && `, ${r.place}`} (gemeld op {r.reportedOn})
                </>
              ),
            }))}
          />
          <TextField
            label="Je e-mailadres"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={defaultEmail}
          />
          <SubmitButton>Ja, volg deze melding</SubmitButton>
        </Form>
      </div>
    </section>
  );
}
