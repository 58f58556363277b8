// The basket's place for a visitor who is not signed in: the way to sign in and come back to it.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";

export function SignInToBorrow() {
  return (
    <p>
      <Link
        className={buttonClass("primary")}
        href={`/aanmelden?terug=${encodeURIComponent("/uitlenen#lenen")}`}
      >
        Aanmelden om te lenen
      </Link>
    </p>
  );
}
