// One step of the resident form: where it stands ("Stap 2 van 4"), the steps, and the step itself.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { type Step, StepList, StepProgress } from "@/components/ui/form/step-list";

export function ReportStep({
  steps,
  title,
  children,
}: {
  steps: Step[];
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <Card title={title}>
        <div className="-mt-2 mb-4">
          <StepProgress steps={steps} />
        </div>
        {children}
      </Card>
      <StepList steps={steps} label="Stappen van je melding" />
    </div>
  );
}
