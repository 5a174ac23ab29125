/**
 * The dashboard's charts, drawn on the server as SVG (no chart library, no script): a titled figure
 * with labelled axes, each value on hover and on keyboard focus, and the same numbers in a table.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { niceTicks, type Bucket } from "@/lib/organise/chart-scale";
import { TableHead } from "@/components/ui/table-head";
import type { ReactNode } from "react";

// Narrow view boxes, so the text stays readable when a phone scales the drawing down.
const W = 480;
const H = 220;
const M = { top: 12, right: 8, bottom: 44, left: 48 };
const BAR = "#b91c1c";
const NAMED_W = 400;

function NumbersTable({ caption, columns, rows }: { caption: string; columns: [string, string]; rows: [string, string][] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline">{caption}</summary>
      <div className="mt-2 max-h-80 overflow-y-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="w-full bg-white">
          <TableHead columns={[{ label: columns[0], className: "p-2 text-left" }, { label: columns[1], className: "p-2 text-right" }]} />
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k} className="border-b border-stone-200">
                <td className="p-2">{k}</td>
                <td className="p-2 text-right">{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Confirmed signatures over time: one bar per day (or week) on a real time axis. */
export async function SignaturesOverTimeChart({ id, title, buckets }: { id: string; title: string; buckets: Bucket[] }) {
  const t = await getTranslations("organise.charts");
  const format = await getFormatter();
  const weekly = buckets[0]?.days === 7;
  const dayLabel = (b: Bucket) =>
    weekly ? t("weekOf", { date: format.dateTime(new Date(`${b.start}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) }) : format.dateTime(new Date(`${b.start}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const tickLabel = (b: Bucket) => format.dateTime(new Date(`${b.start}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const ticks = niceTicks(Math.max(...buckets.map((b) => b.n)));
  const top = ticks.at(-1)!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const step = plotW / Math.max(buckets.length, 1);
  const barW = Math.max(1, step * 0.8);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 5));
  const xTitle = weekly ? t("week") : t("day");
  const yTitle = t("confirmed");
  return (
    <ChartFigure id={id} title={title}>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="list" aria-label={t("barsLabel", { title })}>
        {ticks.map((v) => (
          <g key={v} aria-hidden="true">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e7e5e4" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#44403c">
              {format.number(v)}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => {
          const x = M.left + i * step + (step - barW) / 2;
          const label = `${dayLabel(b)}: ${t("signatures", { count: b.n })}`;
          return (
            <g key={b.start} role="listitem" tabIndex={0} aria-label={label} className="chart-bar">
              <title>{label}</title>
              {/* The whole column answers hover, not only the (possibly tiny) bar. */}
              <rect x={M.left + i * step} y={M.top} width={step} height={plotH} fill="transparent" />
              <rect x={x} y={y(b.n)} width={barW} height={Math.max(0, M.top + plotH - y(b.n))} fill={BAR} />
              <text x={x + barW / 2} y={Math.max(M.top + 10, y(b.n) - 4)} textAnchor="middle" fontSize="11" className="chart-value" fill="#1c1917">
                {format.number(b.n)}
              </text>
            </g>
          );
        })}
        <g aria-hidden="true">
          <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#78716c" />
          {buckets.map((b, i) =>
            i % labelEvery === 0 ? (
              <text key={b.start} x={M.left + i * step + step / 2} y={M.top + plotH + 16} textAnchor="middle" fontSize="12" fill="#44403c">
                {tickLabel(b)}
              </text>
            ) : null,
          )}
          <text x={M.left + plotW / 2} y={H - 4} textAnchor="middle" fontSize="12" fill="#1c1917">
            {xTitle}
          </text>
          <text transform={`translate(12 ${M.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#1c1917">
            {yTitle}
          </text>
        </g>
      </svg>
      <NumbersTable caption={t("asTable")} columns={[xTitle, yTitle]} rows={buckets.map((b) => [dayLabel(b), format.number(b.n)])} />
    </ChartFigure>
  );
}

/** Confirmed signatures by a named category (country, source): horizontal bars, each named and valued. */
export async function NamedBarsChart({ id, title, nameLabel, rows, limit = 12 }: { id: string; title: string; nameLabel: string; rows: { name: string; value: number }[]; limit?: number }) {
  const t = await getTranslations("organise.charts");
  const format = await getFormatter();
  const shown = rows.slice(0, limit);
  const rest = rows.slice(limit).reduce((s, r) => s + r.value, 0);
  if (rest > 0) shown.push({ name: t("other", { count: rows.length - limit }), value: rest });
  const rowH = 26;
  const labelW = 150;
  const valueW = 52;
  const height = shown.length * rowH + 24;
  const max = Math.max(...shown.map((r) => r.value), 1);
  const barSpace = NAMED_W - labelW - valueW;
  return (
    <ChartFigure id={id} title={title}>
      <svg viewBox={`0 0 ${NAMED_W} ${height}`} className="h-auto w-full max-w-lg" role="list" aria-label={t("barsLabel", { title })}>
        <g aria-hidden="true">
          <text x={labelW - 8} y={14} textAnchor="end" fontSize="12" fill="#44403c">
            {nameLabel}
          </text>
          <text x={NAMED_W - 4} y={14} textAnchor="end" fontSize="12" fill="#44403c">
            {t("confirmed")}
          </text>
        </g>
        {shown.map((r, i) => {
          const y0 = 20 + i * rowH;
          const label = `${r.name}: ${t("signatures", { count: r.value })}`;
          return (
            <g key={r.name} role="listitem" tabIndex={0} aria-label={label} className="chart-bar">
              <title>{label}</title>
              <text x={labelW - 8} y={y0 + 16} textAnchor="end" fontSize="14" fill="#1c1917">
                {r.name.length > 18 ? `${r.name.slice(0, 17)}…` : r.name}
              </text>
              <rect x={labelW} y={y0 + 3} width={Math.max(1, (r.value / max) * barSpace)} height={rowH - 8} fill={BAR} />
              <text x={NAMED_W - 4} y={y0 + 16} textAnchor="end" fontSize="14" fill="#1c1917">
                {format.number(r.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable caption={t("asTable")} columns={[nameLabel, t("confirmed")]} rows={rows.map((r) => [r.name, format.number(r.value)])} />
    </ChartFigure>
  );
}

/** A chart with its caption (which names it), the bars, and the same numbers as a table. */
function ChartFigure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {children}
    </figure>
  );
}
