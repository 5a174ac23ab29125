/** A bar chart drawn on the server as SVG; the data is also given as a table for screen readers. */
export function BarChart({ data, label, height = 140 }: { data: { label: string; value: number }[]; label: string; height?: number }) {
  if (data.length === 0) return null;
  const max = Math.max(...data.map((d) => d.value), 1);
  const barWidth = Math.max(4, Math.min(40, Math.floor(600 / data.length) - 2));
  const width = data.length * (barWidth + 2);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height + 16}`} className="h-40 w-full max-w-2xl" preserveAspectRatio="none">
      {data.map((d, i) => {
        const h = Math.round((d.value / max) * height);
        return (
          <g key={d.label}>
            <title>{`${d.label}: ${d.value}`}</title>
            <rect x={i * (barWidth + 2)} y={height - h} width={barWidth} height={h} fill="#b91c1c" />
          </g>
        );
      })}
    </svg>
  );
}
