"use client";
// False in the server's HTML and before hydration: controls that need JavaScript stay hidden
// until they can work.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
