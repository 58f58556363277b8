"use client";
// The name of this phone in the scan log ("Ingang links"). Kept in localStorage, so a phone that
// was named once keeps its name; read through useSyncExternalStore, so the server render (which
// cannot know it) and hydration agree.
import { useState, useSyncExternalStore } from "react";
import { DEVICE_MAX } from "@/lib/tickets/scan-schema";

const KEY = "wingene.scanner.toestel";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode): the name then lasts as long as the page
  }
}

/** The device name: what is being typed, else the stored name, else `fallback`. */
export function useDeviceName(fallback: string): [string, (next: string) => void] {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const [draft, setDraft] = useState<string | null>(null);
  const change = (next: string) => {
    setDraft(next);
    if (!next.trim()) return; // an emptied field is being retyped; keep the last good name stored
    try {
      window.localStorage.setItem(KEY, next.trim());
    } catch {
      // see readStored
    }
    listeners.forEach((listener) => listener());
  };
  return [draft ?? stored ?? fallback, change];
}

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** Lives outside the code form but posts with it (`form` attribute), also without JavaScript. */
export function ScannerDeviceField({
  value,
  onChange,
  formId,
  errors,
}: {
  value: string;
  onChange: (next: string) => void;
  formId: string;
  errors?: string[];
}) {
  const describedBy = ["scanner-device-hint", errors?.length ? "scanner-device-error" : ""].join(" ").trim();
  return (
    <div>
      <label htmlFor="scanner-device" className="block font-semibold">
        Naam van dit toestel
      </label>
      <input
        id="scanner-device"
        name="device"
        form={formId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={DEVICE_MAX}
        autoComplete="off"
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <p id="scanner-device-hint" className="mt-1 text-sm text-slate-700">
        Staat bij elke scan in het logboek, zodat je ziet aan welke ingang een ticket al gebruikt werd. Deze
        gsm onthoudt de naam.
      </p>
      {errors?.length ? (
        <p id="scanner-device-error" className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
