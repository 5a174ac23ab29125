/**
 * The world map of a campaign's actions: inline SVG drawn on the server, no client JavaScript, no
 * external references. Country outlines come from lib/actions/world-map.ts (projected once per
 * process); this component adds only each country's class, its tooltip and the legend. The
 * accessible alternative (a table of counts) is rendered by the page right under it.
 */
import { baseMap, SHADE_CLASSES, SHADE_STYLES, shadeCountries, type Shade } from "@/lib/actions/world-map";

export interface WorldMapProps {
  counts: ReadonlyMap<string, number>;
  /** The SVG's <title>: what the map is. */
  title: string;
  /** The SVG's <desc>: the counts in words ("Actions in 2 countries: Sweden 3, Germany 1."). */
  description: string;
  /** A shaded country's tooltip, e.g. "Sweden: 3 actions". */
  countryLabel: (code: string, count: number) => string;
  legendHeading: string;
  /** The legend's text for each class, e.g. { 0: "none", 1: "1", 2: "2–4", ... }. */
  legendLabels: Record<Shade, string>;
  /** Keeps the title/desc ids unique if a page ever shows two maps. */
  idPrefix?: string;
}

export function WorldMap({ counts, title, description, countryLabel, legendHeading, legendLabels, idPrefix = "world-map" }: WorldMapProps) {
  const { width, height } = baseMap();
  const countries = shadeCountries(counts);
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-desc`}
        className="block h-auto w-full [&_path]:[vector-effect:non-scaling-stroke]"
      >
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        {/* One group per class carries the colours; shaded groups come last so their borders sit on top. */}
        {SHADE_CLASSES.map(({ shade }) => (
          <g key={shade} fill={SHADE_STYLES[shade].fill} stroke={SHADE_STYLES[shade].stroke} strokeWidth={0.6} strokeLinejoin="round">
            {countries
              .filter((c) => c.shade === shade)
              .map((c, i) =>
                shade === 0 ? (
                  <path key={c.code ?? `x${i}`} d={c.d} data-country={c.code ?? undefined} data-shade={0} />
                ) : (
                  <path key={c.code} d={c.d} data-country={c.code ?? undefined} data-shade={shade} data-count={c.count}>
                    <title>{countryLabel(c.code ?? "", c.count)}</title>
                  </path>
                ),
              )}
          </g>
        ))}
      </svg>
      <figcaption className="mt-3 text-sm">
        <span className="font-semibold">{legendHeading}:</span>
        <ul className="mt-1 inline-flex flex-wrap gap-x-4 gap-y-1 sm:ml-2">
          {SHADE_CLASSES.map(({ shade }) => (
            <li key={shade} className="inline-flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3.5 w-5 rounded-sm border"
                style={{ backgroundColor: SHADE_STYLES[shade].fill, borderColor: SHADE_STYLES[shade === 0 ? 0 : 1].stroke }}
              />
              {legendLabels[shade]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
