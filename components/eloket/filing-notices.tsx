// What the portal can already say about a request while it is filled in: its risk category and
// how far ahead it must be in (from the definition's rules, as soon as the answers are known), a
// late warning (still accepted), and warnings such as a place already taken that day.
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/be/time";
import { eloketMessages as m } from "@/lib/eloket/messages";
import type { Notice as NoticeData } from "@/lib/form-engine";

const dateText = (key: string) => formatDate(new Date(`${key}T12:00:00Z`));

export function FilingNotices({ notice, warnings }: { notice: NoticeData | null; warnings: string[] }) {
  if (!notice && warnings.length === 0) return null;
  return (
    <div className="mt-4 space-y-3">
      {notice && (
        <Notice tone={notice.late ? "warning" : "info"} title={notice.risk ?? "Termijn"} className="">
          {notice.leadDays === undefined
            ? null
            : notice.dueBy
              ? notice.late
                ? m.late(notice.leadDays, dateText(notice.dueBy))
                : m.onTime(notice.leadDays, dateText(notice.dueBy))
              : m.leadOnly(notice.leadDays)}
        </Notice>
      )}
      {warnings.map((w) => (
        <Notice key={w} tone="warning" title="Let op" className="">
          {w}
        </Notice>
      ))}
    </div>
  );
}
