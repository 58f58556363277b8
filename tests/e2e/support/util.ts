// Small shared bits: unique values for data a test creates, Brussels dates, waiting for React.
import { expect, type Page } from "@playwright/test";

/** Lower-case letters only, so it also fits in names: "qhzmtw". */
export function uniqueSuffix(length = 6): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/** "Qhzmtw": a unique name-like word. */
export function uniqueName(prefix = ""): string {
  const s = uniqueSuffix();
  return `${prefix}${s[0].toUpperCase()}${s.slice(1)}`;
}

/** Today's date in Europe/Brussels plus `days`, as YYYY-MM-DD. */
export function brusselsDateKey(days = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(now);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "maandag 4 januari 2027" for a YYYY-MM-DD key, as the portal writes dates out. */
export function longDutchDate(key: string): string {
  return new Intl.DateTimeFormat("nl-BE", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${key}T12:00:00Z`));
}

/** Waits until React has hydrated the element (its props are attached), so client behaviour is live. */
export async function waitForHydration(page: Page, selector = "form"): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el !== null && Object.keys(el).some((k) => k.startsWith("__reactProps$"));
  }, selector);
}

/** A Card on the page (a <section> headed by `title`), found by its heading. */
export function card(page: Page, title: string) {
  return page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
    .last();
}

/** A YYYY-MM-DD key plus `days` calendar days. */
export function plusDays(key: string, days: number): string {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The page does not scroll sideways on a screen `width` px wide. */
export async function expectFits(page: Page, width = 375): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `de pagina is ${scrollWidth}px breed op ${width}px`).toBeLessThanOrEqual(width);
}
