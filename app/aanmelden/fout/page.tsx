import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

// Shows the error named in the address: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Aanmelden mislukt" };

const reasons: Record<string, string> = {
  Verification: "Deze aanmeldlink is verlopen of werd al gebruikt. Vraag een nieuwe aan.",
  AccessDenied: "Je kan je niet aanmelden met dit account.",
  Configuration: "Aanmelden lukt even niet door een probleem aan onze kant.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await searchParams;
  return (
    <div className="max-w-xl space-y-4 text-lg">
      <PageHeader title="Aanmelden mislukt" />
      <p role="alert">{reasons[error ?? ""] ?? "Aanmelden is niet gelukt. Probeer het opnieuw."}</p>
      <p>
        <Link href="/aanmelden">Opnieuw aanmelden</Link>
      </p>
    </div>
  );
}
