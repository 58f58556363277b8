// What staff read when the audit log cannot give them what they asked.
export const auditMessages = {
  exportTooLarge: (limit: number) =>
    `Dit zijn meer dan ${limit.toLocaleString("nl-BE")} handelingen: kies een kortere periode of een persoon, en exporteer opnieuw.`,
} as const;
