// The portal's services as residents see them: one list for the header, the home page and the
// "coming soon" pages. Another municipality adapts the texts here, not in the pages.
export type Service = {
  slug: string;
  title: string;
  summary: string;
  /** Where the service lives once built; until then the honest "binnenkort" page. */
  href: string | null;
  coming: string;
};

export const services: Service[] = [
  {
    slug: "afspraak",
    title: "Afspraak maken",
    summary: "Kies een dienst, een gemeentehuis en een moment dat jou past, ook 's avonds.",
    href: "/afspraken",
    coming:
      "Binnenkort boek je hier zelf een afspraak aan een themabalie of in een gespreksruimte, verzet je ze met één klik en krijg je een herinnering de dag voordien.",
  },
  {
    slug: "melden",
    title: "Melding, klacht of vraag",
    summary: "Een kapotte straatlamp, sluikstort of een vraag: één meldpunt met een volgnummer.",
    href: "/melden",
    coming:
      "Binnenkort meld je hier problemen in het openbaar domein met foto en kaart, en volg je met een volgnummer wat er met je melding gebeurt.",
  },
  {
    slug: "loket",
    title: "Digitaal loket",
    summary: "Attesten, parkeerkaarten, vergunningen, premies en klachten: online aanvragen en opvolgen.",
    href: "/loket",
    coming: "Binnenkort vraag je hier attesten, vergunningen en premies online aan.",
  },
  {
    slug: "activiteiten",
    title: "Activiteiten en kampen",
    summary: "Schrijf jezelf of je kinderen in voor sport, speelpleinwerking en kampen.",
    href: "/activiteiten",
    coming:
      "Binnenkort schrijf je hier je kinderen in, met wachtlijst, kansentarief en een fiscaal attest, zonder dat de site bezwijkt op de eerste inschrijfdag.",
  },
  {
    slug: "uitleendienst",
    title: "Materiaal lenen",
    summary: "Tafels, stoelen, nadarhekken of een podium lenen bij de uitleendienst.",
    href: "/uitlenen",
    coming: "Binnenkort zie je hier welk materiaal vrij is op jouw datum en reserveer je het meteen.",
  },
  {
    slug: "zalen",
    title: "Zaal huren",
    summary: "Feestzaal, sporthal of vergaderzaal: bekijk wat vrij is en vraag aan.",
    href: "/zalen",
    coming:
      "Binnenkort toont een kalender per zaal wat echt vrij is, zie je je prijs vooraf en betaal je de huur en waarborg online.",
  },
  {
    slug: "evenementen",
    title: "Evenement melden",
    summary: "Organiseer je een fuif, wielerwedstrijd of buurtfeest? Meld het tijdig.",
    href: "/loket/evenement-melden",
    coming:
      "Binnenkort meld je hier je evenement in één dossier, samen met de zaal en het materiaal dat je nodig hebt, en kopieer je volgend jaar gewoon je aanvraag.",
  },
  {
    slug: "tickets",
    title: "Tickets",
    summary: "Koop tickets voor voorstellingen en concerten van het cultuurseizoen.",
    href: "/tickets",
    coming:
      "Binnenkort koop je hier tickets met Bancontact, kaart of overschrijving en krijg je een e-ticket met QR-code.",
  },
];

/** Said on a card whose service is not online yet, so it does not look live. */
export const NOT_ONLINE_YET = "Nog niet online";

export function serviceHref(service: Service): string {
  return service.href ?? `/diensten/${service.slug}`;
}
