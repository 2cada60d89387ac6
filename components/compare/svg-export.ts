import type { LegendItem } from './version-legend';

/**
 * Turns a drawn Recharts chart into a standalone SVG file: a title on top, the legend (which the
 * page renders in HTML) below, a card-coloured background, and every `var(--…)` replaced by the
 * colour the current theme gives it, since the file is opened without the page's stylesheet.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 28;
const LEGEND_ROW = 18;
const PAD = 8;

interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

export function findChartSvg(targetId: string): SVGSVGElement | null {
  return document.getElementById(targetId)?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Legend entries flowed left to right into rows; widths are estimated from the label length. */
function legendNodes(items: LegendItem[], width: number, top: number): { nodes: SVGElement[]; height: number } {
  const nodes: SVGElement[] = [];
  let x = PAD;
  let y = top;
  for (const item of items) {
    const text = item.note ? `${item.label} (${item.note})` : item.label;
    const entryWidth = 18 + text.length * 6.5 + 12;
    if (x > PAD && x + entryWidth > width) {
      x = PAD;
      y += LEGEND_ROW;
    }
    nodes.push(element('rect', { x, y: y + 3, width: 10, height: 10, rx: 2, fill: item.color }));
    nodes.push(element('text', { x: x + 16, y: y + 12, 'font-size': 12, fill: 'var(--fg)' }, text));
    x += entryWidth;
  }
  return { nodes, height: items.length > 0 ? y - top + LEGEND_ROW + PAD : 0 };
}

function resolveVariables(markup: string): string {
  const root = getComputedStyle(document.documentElement);
  return markup.replace(/var\((--[\w-]+)(?:\s*,[^)]*)?\)/g, (match, name: string) => root.getPropertyValue(name).trim() || match);
}

export function chartImage(svg: SVGSVGElement, title: string, legend: LegendItem[]): ChartImage {
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const chart = svg.cloneNode(true) as SVGSVGElement;
  // Recharts sizes its surface with a percentage style, which would stretch it over the whole file.
  chart.removeAttribute('style');
  chart.setAttribute('y', String(TITLE_HEIGHT));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  const legendPart = legendNodes(legend, width, TITLE_HEIGHT + chartHeight + 4);
  const height = TITLE_HEIGHT + chartHeight + 4 + legendPart.height;
  const out = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': getComputedStyle(svg).fontFamily });
  out.append(
    element('rect', { width, height, fill: 'var(--card)' }),
    element('text', { x: PAD, y: 18, 'font-size': 14, 'font-weight': 600, fill: 'var(--fg)' }, title),
    chart,
    ...legendPart.nodes,
  );
  return { markup: resolveVariables(new XMLSerializer().serializeToString(out)), width, height };
}

/** Rasterises at `scale`× so the PNG stays sharp on high-density screens and in slides. */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.markup], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, image.width, image.height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download starts asynchronously; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
