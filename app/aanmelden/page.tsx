import type { Metadata } from "next";
import { redirect } from "@/lib/http/page-interrupts";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/actor";
import { returnPathSchema } from "@/lib/auth/schema";
import { env, oidcConfigured } from "@/lib/env";

// Depends on who is asking and where they return to: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Aanmelden" };

type Props = { searchParams: Promise<{ terug?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  // Only one of our own paths goes back into the page and the form; anything else becomes /mijn.
  const asked = (await searchParams).terug;
  const terug = asked === undefined ? undefined : returnPathSchema.parse(asked);
  if (await getActor()) redirect("/mijn");
  const e = env();
  return (
    <div className="max-w-xl">
      <PageHeader
        title="Aanmelden"
        intro="Meld je aan om je afspraken, aanvragen en inschrijvingen op één plek te volgen."
      />
      {oidcConfigured(e) && (
        <section aria-labelledby="oidc-title" className="mb-8 rounded-lg border border-slate-300 p-5">
          <h2 id="oidc-title" className="mb-3 text-xl font-semibold">
            Met je identiteit
          </h2>
          <a
            href={`/aanmelden/oidc${terug ? `?terug=${encodeURIComponent(terug)}` : ""}`}
            className={buttonClass("primary")}
          >
            Aanmelden met {e.OIDC_NAME}
          </a>
        </section>
      )}
      <section aria-labelledby="email-title" className="rounded-lg border border-slate-300 p-5">
        <h2 id="email-title" className="mb-3 text-xl font-semibold">
          Met een e-maillink
        </h2>
        <EmailSignInForm returnTo={terug} />
      </section>
    </div>
  );
}
