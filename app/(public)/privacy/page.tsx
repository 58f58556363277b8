import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getMunicipality } from "@/lib/municipality/queries";
import { publicActivityRetention } from "@/lib/activities/queries/catalogue";
import { publicLoanRetentionMonths } from "@/lib/lending/queries/catalogue";
import { publicRetentionMonths } from "@/lib/reports/queries";
import { publicCaseRetentionMonths } from "@/lib/cases/queries/public";
import { publicOrderRetentionYears } from "@/lib/payments/queries";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default async function PrivacyPage() {
  const [m, retention, loanRetention, caseRetention, activityRetention, orderYears] = await Promise.all([
    getMunicipality(),
    publicRetentionMonths(),
    publicLoanRetentionMonths(),
    publicCaseRetentionMonths(),
    publicActivityRetention(),
    publicOrderRetentionYears(),
  ]);
  const { medicalNotesDays: medicalDays, attendanceYears, lotteryEntryDays, messageDays } = activityRetention;
  const { socialRefusedDays, socialExpiredDays } = activityRetention;
  return (
    <article className="max-w-3xl space-y-4 text-lg">
      <PageHeader title="Privacyverklaring" />
      <p>
        {m.name}, {m.street}, {m.postcode} {m.city}, is verantwoordelijk voor de persoonsgegevens die je via
        dit digitaal loket doorgeeft. We verwerken ze volgens de Algemene Verordening Gegevensbescherming
        (AVG/GDPR).
      </p>
      <h2 className="text-2xl font-bold">Welke gegevens en waarom</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Je naam, e-mailadres, telefoonnummer en adres: om je aan te melden en je aanvragen te behandelen.
        </li>
        <li>Gezinsleden die je zelf toevoegt: om hen in te schrijven voor activiteiten.</li>
        <li>
          Je lidmaatschap van verenigingen: om het juiste tarief toe te passen en namens de vereniging te
          handelen.
        </li>
        <li>
          Je rijksregisternummer bewaren we enkel als een dienst het wettelijk nodig heeft: een medewerker aan
          het loket neemt het over van je identiteitskaart, zodat we een attest (zoals je gezinssamenstelling)
          meteen uit het bevolkingsregister kunnen opmaken. Verandert je adres, of laat je je gegevens wissen,
          dan vervalt het. We tonen het nooit volledig op het scherm en schrijven het nooit weg in
          logbestanden.
        </li>
      </ul>
      <h2 className="text-2xl font-bold">Hoe lang</h2>
      <p>
        We bewaren je gegevens zolang je account bestaat. Betaalde bestellingen en betalingen houden we bij
        zolang de boekhoudwetgeving het vraagt, ook wanneer je je gegevens laat wissen: {orderYears} volle
        kalenderjaren na het jaar van de bestelling. Daarna wissen we de naam en het e-mailadres van de koper;
        nummer en bedragen blijven voor de boekhouding.
      </p>
      <p>
        Vraag je in Mijn Wingene (Mijn privacy) om je gegevens te wissen, dan controleert een medewerker wat
        er nog loopt (een onbetaalde bestelling, een reservatie, een aanvraag in behandeling) en wist daarna
        je account, je gezinsleden en wat je ons stuurde. Afspraken, meldingen, reservaties, uitleningen en
        afgehandelde aanvragen blijven zonder je naam en contactgegevens voor de statistieken; beslissingen
        van het bestuur en het logboek van wie wat deed bewaren we volgens de archiefwetgeving.
      </p>
      <p>
        Bij een melding, klacht, suggestie of vraag via het meldpunt wissen we je naam, e-mailadres,
        telefoonnummer en foto&apos;s, en de e-mailadressen van wie de melding volgt, {retention} maanden
        nadat de melding is afgesloten. Wat er gemeld werd, waar en wanneer, bewaren we zonder je naam voor de
        statistieken.
      </p>
      <p>
        Leen je materiaal bij de uitleendienst, dan wissen we je naam en e-mailadres bij de uitlening{" "}
        {loanRetention} maanden nadat ze is afgerond of geannuleerd. Wat er geleend werd en wanneer, bewaren
        we zonder je naam voor de planning van het depot.
      </p>
      <p>
        Schrijf je kinderen in voor een activiteit of kamp, dan bewaren we hun naam, geboortedatum,
        schooljaar, wie hen mag ophalen, de toestemming voor foto&apos;s en je inschrijvingen. Medische
        gegevens zijn bijzondere persoonsgegevens: alleen de begeleiding van de activiteit mag ze zien, en we
        wissen ze {medicalDays} dagen na de laatste activiteit waarvoor je kind ingeschreven was. Bij een
        inschrijving op de wachtlijst bewaren we je plaats tot de activiteit voorbij is. Op welke dagen je
        kind aanwezig was, bewaren we voor het fiscaal attest kinderopvang nog {attendanceYears} volle
        kalenderjaren na het jaar van de opvang. Doe je mee aan een loting, dan bewaren we de kinderen en hun
        voorkeuren tot {lotteryEntryDays} dagen na het sluiten van de termijn, zodat de loting na te gaan is;
        wat de loting gaf, staat daarna op de inschrijvingen. Wie een activiteit begeleidt, ziet de deelnemers
        tot {medicalDays} dagen na de laatste periode van die activiteit; dan vervalt die toegang. Een bericht
        aan de ouders van een periode bewaren we {messageDays} dagen na het versturen. Vraag je het
        kansentarief (UiTPAS) aan, dan bewaren we het UiTPAS-nummer en wat de dienst vrije tijd nakeek: een
        geweigerde aanvraag tot {socialRefusedDays} dagen na de beslissing, een bevestigde tot{" "}
        {socialExpiredDays} dagen na de einddatum van het kansenstatuut.
      </p>
      <p>
        Bij een aanvraag via het e-loket (een attest, vergunning, premie of klacht) wissen we je antwoorden,
        bijlagen, vragen en antwoorden en de koppeling met je account {caseRetention} maanden nadat de
        aanvraag is afgehandeld. Het referentienummer, het soort aanvraag en de data bewaren we voor de
        statistieken. Een aanvraag die je begon maar niet verstuurde, wissen we na 90 dagen zonder wijziging.
      </p>
      <p>
        Meld je een evenement, dan lezen politie, brandweer of milieudienst alleen de onderdelen waarover de
        gemeente hun advies vraagt. Hun advies en de voorwaarden van de beslissing wissen we samen met je
        antwoorden, {caseRetention} maanden na de beslissing.
      </p>
      <h2 className="text-2xl font-bold">Wie ziet ze</h2>
      <p>
        Enkel de medewerkers die je aanvraag behandelen, en bij een evenement de adviseurs voor de onderdelen
        die hun gevraagd zijn. Wanneer een medewerker iets voor jou doet aan de balie of aan de telefoon,
        houden we bij wie dat deed en wanneer.
      </p>
      <h2 className="text-2xl font-bold">Je rechten</h2>
      <p>
        Je mag je gegevens inkijken, laten verbeteren, laten wissen of een kopie vragen: een kopie en de
        wissing vraag je zelf aan in Mijn Wingene, onder Mijn privacy. Mail anders de functionaris voor
        gegevensbescherming via <a href={`mailto:${m.email}`}>{m.email}</a>. Ben je het niet eens met hoe we
        je gegevens behandelen, dan kan je klacht indienen bij de Vlaamse Toezichtcommissie.
      </p>
      <h2 className="text-2xl font-bold">Cookies</h2>
      <p>
        We gebruiken enkel cookies die nodig zijn om je aangemeld te houden en formulieren te beveiligen. Geen
        advertentie- of volgcookies.
      </p>
    </article>
  );
}
