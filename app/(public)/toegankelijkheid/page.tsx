import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getMunicipality } from "@/lib/municipality/queries";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

export default async function AccessibilityPage() {
  const m = await getMunicipality();
  return (
    <article className="max-w-3xl space-y-4 text-lg">
      <PageHeader title="Toegankelijkheidsverklaring" />
      <p>
        {m.name} wil dat iedereen dit digitaal loket kan gebruiken, ook wie slecht ziet, geen muis gebruikt of
        met een schermlezer werkt. Als lokaal bestuur volgen we het Vlaamse bestuursdecreet en de Europese
        richtlijn 2016/2102: de site moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1,
        niveau AA.
      </p>
      <h2 className="text-2xl font-bold">Nalevingsstatus</h2>
      <p>
        Deze site voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Elke pagina wordt bij elke wijziging
        automatisch getest met axe-core op de regels van WCAG 2.1 A en AA, en met het toetsenbord en op een
        smal scherm nagelopen. Automatische tests vinden niet alles; een handmatige audit door een externe
        expert is nog niet gebeurd.
      </p>
      <h2 className="text-2xl font-bold">Wat je mag verwachten</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Je kan alles met het toetsenbord bedienen; een link &quot;Ga naar de inhoud&quot; slaat het menu
          over.
        </li>
        <li>Formulieren hebben zichtbare labels en foutmeldingen die schermlezers voorlezen.</li>
        <li>De site werkt vanaf 320 pixels breed en bij 200 % zoom.</li>
        <li>Formulieren werken ook zonder JavaScript.</li>
      </ul>
      <h2 className="text-2xl font-bold">Probleem gevonden?</h2>
      <p>
        Meld het ons via <a href={`mailto:${m.email}`}>{m.email}</a> of bel {m.phoneDisplay}. We antwoorden
        binnen vijf werkdagen. Ben je niet tevreden met ons antwoord, dan kan je terecht bij de Vlaamse
        Ombudsdienst.
      </p>
      <p className="text-base text-slate-700">Deze verklaring werd opgesteld op 25/11/2026.</p>
    </article>
  );
}
