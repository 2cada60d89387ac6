'use client';

import { Download } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { chartImage, chartPng, downloadBlob, findChartSvg } from './svg-export';
import type { LegendItem } from './version-legend';

interface Props {
  /** Id of the element holding the chart. */
  targetId: string;
  /** File name without extension. */
  fileName: string;
  /** Drawn on top of the exported image and used in the buttons' accessible names. */
  title?: string;
  legend?: LegendItem[];
}

/** Downloads the chart inside `targetId` as a standalone SVG or a 2× PNG. */
export function ChartExport({ targetId, fileName, title = fileName, legend = [] }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function save(format: 'svg' | 'png') {
    const svg = findChartSvg(targetId);
    if (!svg) {
      setError('The chart is not drawn yet.');
      return;
    }
    try {
      const image = chartImage(svg, title, legend);
      const blob = format === 'svg' ? new Blob([image.markup], { type: 'image/svg+xml' }) : await chartPng(image);
      downloadBlob(blob, `${fileName}.${format}`);
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The export failed.');
    }
  }

  return (
    <div className="flex shrink-0 items-center gap-1">
      {(['svg', 'png'] as const).map((format) => (
        <Button
          key={format}
          type="button"
          variant="outline"
          size="sm"
          className="h-7 gap-1 px-2 text-xs"
          aria-label={`Download ${title} as ${format.toUpperCase()}`}
          onClick={() => void save(format)}
        >
          <Download aria-hidden />
          {format.toUpperCase()}
        </Button>
      ))}
      <span role="status" className="text-xs text-danger">
        {error}
      </span>
    </div>
  );
}
