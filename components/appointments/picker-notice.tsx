// Why the picker shows something else than what was asked for: the day is full, or the chosen
// moment was taken meanwhile.
import { Notice } from "@/components/ui/notice";

export function PickerNotice({ unavailable }: { unavailable: "day" | "moment" | null }) {
  if (!unavailable) return null;
  return (
    <Notice tone="warning">
      {unavailable === "moment"
        ? "Dit moment is niet (meer) vrij. Kies een ander moment."
        : "Op de gekozen dag is er geen vrij moment meer. Kies een andere dag."}
    </Notice>
  );
}
