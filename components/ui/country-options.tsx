import type { CountryOption } from "@/lib/i18n/countries";

/** The options of a country select: an empty choice first (its label says what empty means), then every country. */
export function CountryOptions({ countries, empty }: { countries: CountryOption[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
