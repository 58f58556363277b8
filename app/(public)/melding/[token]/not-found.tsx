import Link from "next/link";

// A forged, mistyped or outdated status link: say so plainly, without telling which part failed.
export default function StatusNotFound() {
  return (
    <div className="max-w-2xl space-y-4 text-lg">
      <h1 className="text-3xl font-bold">We vinden deze melding niet</h1>
      <p>
        De link naar de statuspagina klopt niet. Gebruik de volledige link uit een e-mail over je melding. Had
        je een account? Dan vind je ze ook in Mijn Wingene, bij Mijn meldingen.
      </p>
      <p>
        Vind je de e-mail niet meer? Bel 1750 of <Link href="/contact">neem contact op</Link> en vermeld je
        volgnummer (bijvoorbeeld MP-2026-000123).
      </p>
    </div>
  );
}
