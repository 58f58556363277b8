import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-2xl space-y-4 text-lg">
      <h1 className="text-3xl font-bold">Geen toegang</h1>
      <p>
        Je bent aangemeld, maar je hebt geen toegang tot deze pagina. Dit deel van het loket is voor
        medewerkers van de gemeente met de juiste rol.
      </p>
      <p>
        <Link href="/mijn">Naar Mijn Wingene</Link> of <Link href="/">naar de startpagina</Link>.
      </p>
    </div>
  );
}
