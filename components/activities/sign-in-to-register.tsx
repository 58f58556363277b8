// The basket's place on an activity's page for a visitor who is not signed in.
import Link from "next/link";

export function SignInToRegister({ slug }: { slug: string }) {
  return (
    <p>
      <Link href={`/aanmelden?terug=/activiteiten/${slug}`}>Meld je aan</Link> om je kinderen in je mandje te
      zetten.
    </p>
  );
}
