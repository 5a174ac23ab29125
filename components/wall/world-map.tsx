/**
 * The world map of actions: inline SVG drawn on the server, no client JavaScript, no external
 * references. Countries are shaded by number of actions (lib/wall/world-map.ts); each place with
 * actions is a pin at its city, clustered by distance on screen (lib/wall/map-pins.ts), showing
 * how many actions happened there (solid) and how many are planned (outlined), apart.
 * Two drawings: the world, from the "sm" breakpoint up, and on phones a regional view zoomed to the
 * pins so the pins stay readable. CSS shows one, so screen readers meet one. The accessible
 * alternative (tables of counts) is rendered by the page beside it.
 */
import { clusterPins, regionalView, type MapView, type Pin, type PlaceCount } from "@/lib/wall/map-pins";
import { baseMap, SHADE_CLASSES, SHADE_STYLES, shadeCountries, type Shade, type ShadedCountry } from "@/lib/wall/world-map";

export interface WorldMapProps {
  counts: ReadonlyMap<string, number>;
  places: readonly PlaceCount[];
  /** The SVG's <title>: what the map is. */
  title: string;
  /** The SVG's <desc>: the counts in words. */
  description: string;
  /** A shaded country's tooltip, e.g. "Sweden: 3 actions". */
  countryLabel: (code: string, count: number) => string;
  /** A pin's tooltip, e.g. "Berlin, Germany: 2 happened, 1 planned". */
  pinLabel: (pin: Pin) => string;
  legendHeading: string;
  /** The legend's text for each class, e.g. { 0: "none", 1: "1", 2: "2–4", ... }. */
  legendLabels: Record<Shade, string>;
  /** The legend's text for the two kinds of pin. */
  pinLegend: { happened: string; planned: string };
  /** Keeps the title/desc ids unique if a page ever shows two maps. */
  idPrefix?: string;
}

/** About how wide each drawing is shown, in CSS pixels: pins and clusters are sized for it. */
const WORLD_SHOWN_PX = 900;
const PHONE_SHOWN_PX = 360;

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function Pins({ pins, unitsPerPx, label }: { pins: Pin[]; unitsPerPx: number; label: (pin: Pin) => string }) {
  return (
    <g data-pins="">
      {pins.map((pin) => {
        const total = pin.happened + pin.planned;
        const r = (9 + 2.5 * Math.sqrt(total - 1)) * unitsPerPx;
        const font = 11 * unitsPerPx;
        const x = round(pin.x);
        const y = round(pin.y);
        // Happened: a dark disc; planned only: an outlined disc; both: the disc with a ring.
        const solid = pin.happened > 0;
        return (
          <g key={`${x},${y}`} data-pin="" data-happened={pin.happened} data-planned={pin.planned} data-places={pin.places.length}>
            <title>{label(pin)}</title>
            {solid && pin.planned > 0 && (
              <circle cx={x} cy={y} r={round(r + 3 * unitsPerPx)} fill="#ffffff" stroke="#1c1917" strokeWidth={1.5} strokeDasharray="3 2" />
            )}
            <circle cx={x} cy={y} r={round(r)} fill={solid ? "#1c1917" : "#ffffff"} stroke={solid ? "#ffffff" : "#1c1917"} strokeWidth={solid ? 1.5 : 2} />
            <text
              x={x}
              y={y}
              dy="0.35em"
              textAnchor="middle"
              fontSize={round(font)}
              fontWeight={700}
              fill={solid ? "#ffffff" : "#1c1917"}
              aria-hidden="true"
            >
              {total}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Outlines({ countries, countryLabel }: { countries: ShadedCountry[]; countryLabel: WorldMapProps["countryLabel"] }) {
  // One group per class carries the colours; shaded groups come last so their borders sit on top.
  return SHADE_CLASSES.map(({ shade }) => (
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
  ));
}

function overlaps(c: ShadedCountry, v: MapView): boolean {
  const [x0, y0, x1, y1] = c.bounds;
  return x1 >= v.x && x0 <= v.x + v.width && y1 >= v.y && y0 <= v.y + v.height;
}

export function WorldMap(props: WorldMapProps) {
  const { counts, places, title, description, countryLabel, pinLabel, legendHeading, legendLabels, pinLegend, idPrefix = "world-map" } = props;
  const map = baseMap();
  const countries = shadeCountries(counts);
  const worldUnitsPerPx = map.width / WORLD_SHOWN_PX;
  const worldPins = clusterPins(places, map.project, worldUnitsPerPx);
  // The phone's view frames the places themselves (not the world's clusters), then clusters at its own scale.
  const located = clusterPins(places, map.project, 0);
  const region = regionalView(located, map);
  const regionUnitsPerPx = region.width / PHONE_SHOWN_PX;
  const regionPins = clusterPins(places, map.project, regionUnitsPerPx);
  const svgClass = "block h-auto w-full [&_path]:[vector-effect:non-scaling-stroke] [&_circle]:[vector-effect:non-scaling-stroke]";
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-desc`}
        data-view="world"
        className={`${svgClass} hidden sm:block`}
      >
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        <Outlines countries={countries} countryLabel={countryLabel} />
        <Pins pins={worldPins} unitsPerPx={worldUnitsPerPx} label={pinLabel} />
      </svg>
      <svg
        viewBox={`${region.x} ${region.y} ${region.width} ${region.height}`}
        role="img"
        aria-labelledby={`${idPrefix}-region-title`}
        aria-describedby={`${idPrefix}-region-desc`}
        data-view="region"
        className={`${svgClass} sm:hidden`}
      >
        <title id={`${idPrefix}-region-title`}>{title}</title>
        <desc id={`${idPrefix}-region-desc`}>{description}</desc>
        <Outlines countries={countries.filter((c) => overlaps(c, region))} countryLabel={countryLabel} />
        <Pins pins={regionPins} unitsPerPx={regionUnitsPerPx} label={pinLabel} />
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
          <li className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border-2 border-white bg-stone-900 outline outline-1 outline-stone-900" />
            {pinLegend.happened}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border-2 border-stone-900 bg-white" />
            {pinLegend.planned}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
