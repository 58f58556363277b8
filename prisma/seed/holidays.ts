// Belgian public holidays plus the Flemish Community holiday (11 July) for a year, as date keys.
// Computed, not typed in, so the seed stays right in any year.
function easterSunday(year: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function key(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function holidays(year: number): { date: string; name: string }[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => key(new Date(Date.UTC(year, month - 1, day)));
  return [
    { date: fixed(1, 1), name: "Nieuwjaar" },
    { date: key(plusDays(easter, 1)), name: "Paasmaandag" },
    { date: fixed(5, 1), name: "Dag van de Arbeid" },
    { date: key(plusDays(easter, 39)), name: "O.L.H. Hemelvaart" },
    { date: key(plusDays(easter, 40)), name: "Brugdag na O.L.H. Hemelvaart" },
    { date: key(plusDays(easter, 50)), name: "Pinkstermaandag" },
    { date: fixed(7, 11), name: "Feest van de Vlaamse Gemeenschap" },
    { date: fixed(7, 21), name: "Nationale feestdag" },
    { date: fixed(8, 15), name: "O.L.V. Hemelvaart" },
    { date: fixed(11, 1), name: "Allerheiligen" },
    { date: fixed(11, 2), name: "Allerzielen" },
    { date: fixed(11, 11), name: "Wapenstilstand" },
    { date: fixed(12, 25), name: "Kerstmis" },
    { date: fixed(12, 26), name: "Tweede kerstdag" },
  ];
}
