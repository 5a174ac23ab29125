import { getTranslations } from "next-intl/server";
import { SUMMARY_KINDS, type MyDataSummary } from "@/lib/my-data/summary";

/** The four counts of a person's records, worded the same before erasing (listed) and after (erased). */
export async function SummaryList({ summary, testId }: { summary: MyDataSummary; testId: string }) {
  const t = await getTranslations("pack.myDataSummary");
  return (
    <ul className="list-disc pl-6" data-testid={testId}>
      {SUMMARY_KINDS.map((k) => (
        <li key={k}>{t(k, { count: summary[k] })}</li>
      ))}
    </ul>
  );
}
