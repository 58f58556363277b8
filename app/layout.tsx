import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { brandPalette } from "@/lib/municipality/brand";
import { headerLogo } from "@/lib/municipality/pictures";
import { getMunicipality } from "@/lib/municipality/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = await getMunicipality();
  return {
    title: { default: `Digitaal loket - ${m.name}`, template: `%s - ${m.name}` },
    description: `Afspraken, meldingen, inschrijvingen, uitleendienst, zalen, evenementen en tickets van ${m.name}.`,
  };
}

export async function generateViewport(): Promise<Viewport> {
  const m = await getMunicipality();
  return { width: "device-width", initialScale: 1, themeColor: m.brandColor };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Cached: the shell of every page is static; who is signed in is an island in the header.
  const municipality = await getMunicipality();
  return (
    // The brand shades as data: they override the theme's defaults in app/globals.css.
    <html lang="nl-BE" style={brandPalette(municipality.brandColor)}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhoud"
          className="sr-only z-50 bg-accent-500 px-4 py-3 font-semibold text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Ga naar de inhoud
        </a>
        <SiteHeader name={municipality.name} logo={headerLogo(municipality)} />
        <main
          id="inhoud"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter municipality={municipality} />
      </body>
    </html>
  );
}
