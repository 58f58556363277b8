"use client";
// The free times of one day as radio buttons in a fieldset; its error is tied to the legend.
import { useFieldErrors } from "@/components/ui/action-form";

export type TimeOption = { value: string; label: string; note?: string };

export function TimeChoice({ legend, options }: { legend: string; options: TimeOption[] }) {
  const errors = useFieldErrors("startsAt");
  return (
    <fieldset aria-describedby={errors ? "startsAt-error" : undefined}>
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      {errors && (
        <p id="startsAt-error" className="mb-2 font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(7rem,1fr))] gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border-2 border-slate-400 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name="startsAt" value={o.value} required className="h-5 w-5" />
            <span>
              <span className="block font-semibold">{o.label}</span>
              {o.note && <span className="block text-sm text-slate-700">{o.note}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
