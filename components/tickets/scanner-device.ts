"use client";
// The name of this phone in the scan log ("Ingang links"). Kept in localStorage, so a phone that
// was named once keeps its name; read through useSyncExternalStore, so the server render (which
// cannot know it) and hydration agree. The field itself is in the scanner's form.
import { useState, useSyncExternalStore } from "react";

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
