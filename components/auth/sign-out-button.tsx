import { buttonClass } from "@/components/ui/button-class";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass("secondary")}>
        Afmelden
      </button>
    </form>
  );
}
