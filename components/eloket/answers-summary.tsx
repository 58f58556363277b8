// The answers of a request as a SummaryList: on the check page with "Wijzig" links to their step,
// on the case pages without. Only the questions that were asked (visible for these answers).
import { SummaryList, type SummaryRow } from "@/components/ui/form/summary-list";
import {
  type Answers,
  type FormDefinition,
  answerFields,
  answerText,
  pageApplies,
  visibleFields,
} from "@/lib/form-engine";

export function AnswersSummary({
  definition,
  answers,
  changeHref,
}: {
  definition: FormDefinition;
  answers: Answers;
  changeHref?: (page: string) => string;
}) {
  const rows: SummaryRow[] = definition.pages
    .filter((p) => pageApplies(definition, answers, p))
    .flatMap((p) =>
      answerFields(visibleFields(definition, answers, p)).map((f) => ({
        key: f.key,
        label: f.label,
        value: answerText(f, answers[f.key]),
        changeHref: changeHref?.(p.key),
      })),
    );
  return <SummaryList rows={rows} />;
}
