/**
 * The look every compare chart shares. Colours are CSS variables so the charts follow the light
 * and dark themes; the SVG export resolves them into literal colours.
 */
export const tick = { fontSize: 11, fill: 'var(--muted-fg)' };

export const gridProps = { strokeDasharray: '3 3', stroke: 'var(--border)' };

export const tooltipProps = {
  contentStyle: { background: 'var(--card)', border: '1px solid var(--border)', color: 'var(--fg)', fontSize: 12 },
  itemStyle: { color: 'var(--fg)' },
  labelStyle: { color: 'var(--fg)', fontWeight: 600 },
  isAnimationActive: false,
};

/** An axis title drawn inside the chart (and thus in its export). */
export const axisLabel = (value: string, position: 'insideBottom' | 'insideLeft') => ({
  value,
  position,
  fill: 'var(--muted-fg)',
  fontSize: 11,
  ...(position === 'insideLeft' ? { angle: -90, style: { textAnchor: 'middle' as const } } : { offset: -2 }),
});
