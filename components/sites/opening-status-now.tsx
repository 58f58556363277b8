"use client";
// "Nu open tot 19:00" depends on the minute, so it is computed in the browser, from the cached hours
// and closures, and kept current while the page is open; the page itself stays one cached document
// for every visitor. Without JavaScript the line stays a pointer to today's hours.
import { useSyncExternalStore } from "react";
import type { Closure, OpeningWindow } from "@/lib/sites/opening-status";
import { OpeningStatusLine } from "./opening-status-line";

type Props = { windows: OpeningWindow[]; closures: Closure[] };

const MINUTE = 60_000;

function subscribeToMinutes(onMinute: () => void): () => void {
  const timer = setInterval(onMinute, MINUTE / 4);
  return () => clearInterval(timer);
}

/** The current minute: the same value between ticks, so React renders only when it changes. */
const currentMinute = () => Math.floor(Date.now() / MINUTE);
const noMinuteOnTheServer = () => null;

export function OpeningStatusNow(props: Props) {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, noMinuteOnTheServer);
  if (minute === null) return <p className="text-lg">Openingsuren van vandaag…</p>;
  return <OpeningStatusLine now={new Date(minute * MINUTE)} {...props} />;
}
