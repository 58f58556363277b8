// The header on every page: municipality, the services and the way in. The phone menu is a
// <details> element, so it opens without JavaScript. Only AccountLinks depends on the visitor. The
// menu links are on every page, so they are not prefetched (one view of / made 20 prefetches).
import { Drawing } from "@/components/ui/drawing";
import Link from "next/link";
import { services, serviceHref } from "@/content/services";
import { type HeaderLogo, LOGO_HEIGHT_PX } from "@/lib/municipality/pictures";
import { AccountLinks } from "./account-links";

const mainLinks = [
  { href: "/openingsuren", label: "Openingsuren" },
  { href: "/contact", label: "Contact" },
];

export function SiteHeader({ name, logo }: { name: string; logo: HeaderLogo }) {
  return (
    <header className="border-b-4 border-brand-700 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-slate-900 no-underline hover:text-brand-800">
          {/* The name follows, so the logo is decoration here. */}
          <Drawing
            src={logo.src}
            alt=""
            fit="contain"
            className="shrink-0"
            style={{ width: logo.widthPx, height: LOGO_HEIGHT_PX }}
          />
          <span className="text-xl font-bold leading-tight">{name}</span>
        </Link>
        <nav aria-label="Hoofdmenu" className="hidden items-center gap-5 md:flex">
          <Link href="/diensten" prefetch={false}>
            Alle diensten
          </Link>
          {mainLinks.map((l) => (
            <Link key={l.href} href={l.href} prefetch={false}>
              {l.label}
            </Link>
          ))}
          <AccountLinks />
        </nav>
        <details className="group md:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border-2 border-brand-700 px-3 font-semibold text-brand-800">
            <span aria-hidden="true">☰</span> Menu
          </summary>
          <nav
            aria-label="Menu"
            className="absolute left-0 right-0 z-20 mt-3 border-b-4 border-brand-700 bg-white px-4 pb-4 shadow-lg"
          >
            <ul className="flex flex-col gap-1 text-lg">
              {services.map((s) => (
                <li key={s.slug}>
                  <Link href={serviceHref(s)} className="block py-2" prefetch={false}>
                    {s.title}
                  </Link>
                </li>
              ))}
              {mainLinks.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block py-2" prefetch={false}>
                    {l.label}
                  </Link>
                </li>
              ))}
              <li className="flex gap-5 border-t border-slate-300 pt-3">
                <AccountLinks />
              </li>
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
