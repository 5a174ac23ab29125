/**
 * Where a report's or a planned action's pin goes: shows the stored coordinates (from the offline
 * gazetteer, or set by an organiser) and lets an organiser type better ones, or ask for the city to
 * be looked up again. A plain form: works without JavaScript.
 */
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Section } from "@/components/layout/page-section";
import type { SearchParams } from "@/lib/i18n/page";

type Place = { id: number; latitude: number | null; longitude: number | null; placeCorrected: boolean };

/** `query` is the page's search params: `?notice=place_saved` after a save, `?placeError=` after a failed one. */
export async function PlaceCorrectionForm({
  action,
  campaignId,
  item,
  query,
}: {
  action: (formData: FormData) => Promise<void>;
  campaignId: number;
  item: Place;
  query: SearchParams;
}) {
  const { id: itemId, latitude, longitude, placeCorrected: corrected } = item;
  const notice = query.notice === "place_saved";
  const error = typeof query.placeError === "string" ? query.placeError : undefined;
  const t = await getTranslations("pages.place");
  const te = await getTranslations("errors");
  const input = "mt-1 block w-40 rounded-md border border-stone-400 bg-white px-3 py-2";
  return (
    <Section headingId="place-heading" title={t("heading")} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-700">{t("explain")}</p>
      <p data-testid="place-now">
        {latitude !== null && longitude !== null ? t("found", { latitude: latitude.toFixed(4), longitude: longitude.toFixed(4) }) : t("missing")}
        {corrected && <> {t("corrected")}</>}
      </p>
      {notice && (
        <p role="status" className="rounded-md bg-green-50 p-2 text-green-900">
          {t("saved")}
        </p>
      )}
      {error && (
        <p id="place-error" className="font-semibold text-red-800">
          {te.has(error) ? te(error, { max: 0 }) : te("invalid")}
        </p>
      )}
      <ActionForm action={action} className="flex flex-wrap items-end gap-4">
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="itemId" value={itemId} />
        {(
          [
            ["latitude", latitude],
            ["longitude", longitude],
          ] as const
        ).map(([name, value]) => (
          <div key={name}>
            <label htmlFor={`place-${name}`} className="font-semibold">
              {t(name)}
            </label>
            <input id={`place-${name}`} name={name} inputMode="decimal" defaultValue={value ?? ""} className={input} aria-describedby={error ? "place-error" : undefined} />
          </div>
        ))}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("save")}
        </button>
        <button type="submit" name="lookup" value="1" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold">
          {t("reset")}
        </button>
      </ActionForm>
    </Section>
  );
}
