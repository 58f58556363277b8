"use client";
// The reservation form behind a "Tickets kiezen" button: its code (the form kit, react-hook-form,
// zod; about 55 kB) loads when a buyer asks for it, not with the page, which most visitors only
// read (the JavaScript budget of issue 16). Pointing at or focusing the button already fetches it,
// so the form is usually there by the click; focus then moves to its first field.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { formatEuro } from "@/lib/be/money";
import type { TariffOption } from "./quantity-fields";

const loadForm = () => import("./reservation-form");
const ReservationForm = lazy(() => loadForm().then((m) => ({ default: m.ReservationForm })));

type Props = { performanceId: string; types: TariffOption[]; buyer: { name?: string; email?: string } };

/** Rendered after the form inside the same Suspense boundary: its effect runs once the form is on screen. */
function FocusFirstField({ within }: { within: React.RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    within.current?.querySelector<HTMLInputElement>("input:not([type=hidden]):not([tabindex='-1'])")?.focus();
  }, [within]);
  return null;
}

export function ChooseTickets(props: Props) {
  const [chosen, setChosen] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  if (!chosen)
    return (
      <div className="space-y-4">
        <ul className="space-y-1">
          {props.types.map((t) => (
            <li key={t.id}>
              {t.label}: {t.priceCents === 0 ? "gratis" : formatEuro(t.priceCents)}
              {t.left !== undefined && t.left <= 0 && " (uitverkocht)"}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={buttonClass()}
          onPointerEnter={() => void loadForm()}
          onFocus={() => void loadForm()}
          onClick={() => setChosen(true)}
        >
          Tickets kiezen
        </button>
      </div>
    );
  return (
    <div ref={form}>
      <Suspense fallback={<p role="status">Het formulier wordt geladen…</p>}>
        <ReservationForm {...props} />
        <FocusFirstField within={form} />
      </Suspense>
    </div>
  );
}
