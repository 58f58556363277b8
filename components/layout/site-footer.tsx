// The footer on every page: its links are not prefetched (they are on every page).
import Link from "next/link";

type FooterMunicipality = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  phoneDisplay: string;
  email: string;
};

export function SiteFooter({ municipality: m }: { municipality: FooterMunicipality }) {
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <h2 className="font-semibold">{m.name}</h2>
          <address className="mt-2 not-italic text-slate-800">
            {m.street}
            <br />
            {m.postcode} {m.city}
          </address>
        </div>
        <div>
          <h2 className="font-semibold">Contact</h2>
          <p className="mt-2">
            Bel <a href={`tel:${m.phoneDisplay.replace(/\s/g, "")}`}>{m.phoneDisplay}</a>
            <br />
            Mail <a href={`mailto:${m.email}`}>{m.email}</a>
          </p>
        </div>
        <nav aria-label="Voettekst">
          <h2 className="font-semibold">Over deze site</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/toegankelijkheid" prefetch={false}>
                Toegankelijkheidsverklaring
              </Link>
            </li>
            <li>
              <Link href="/privacy" prefetch={false}>
                Privacyverklaring
              </Link>
            </li>
            <li>
              <Link href="/contact" prefetch={false}>
                Contact en openingsuren
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
