import type { Metadata } from "next";
import { ReportKindStep } from "@/components/reports/steps/report-start";

export const metadata: Metadata = { title: "Melding, klacht, suggestie of vraag" };

// The first step, the same for every visitor: a static page. An address with an answer in it
// (`?soort=…`, `?stap=…`) is rewritten to ./stap (next.config.ts), which renders per request.
export default function ReportStartPage() {
  return <ReportKindStep />;
}
