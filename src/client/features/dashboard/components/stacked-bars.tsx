import { cn } from '@/client/lib/cn';
import { countAxis } from '../lib/chart-scale';

export interface BarColumn {
  key: string;
  /** Under the bar ("Nov 24"); null leaves it unlabelled where labels would crowd. */
  label: string | null;
  /** The bar's tooltip: "Nov 24: 3 locked, 1 active". */
  title: string;
  /** Stacked from the baseline up, in this order. */
  segments: { key: string; value: number; fill: string }[];
}

export interface LegendEntry {
  key: string;
  label: string;
  swatch: string;
}

const number = new Intl.NumberFormat('en');
/** The drawing's own units: one bar a unit wide with a gap, 100 units tall. */
const BAR = 0.72;
const HEIGHT = 100;

const sum = (column: BarColumn) => column.segments.reduce((total, s) => total + s.value, 0);

/** Stacked bars on a count axis with a legend: the drawing part of a ChartFigure. */
export function StackedBars({ columns, legend }: { columns: BarColumn[]; legend: LegendEntry[] }) {
  const axis = countAxis(Math.max(0, ...columns.map(sum)));
  const width = columns.length;
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {legend.map((entry) => (
          <li key={entry.key} className="flex items-center gap-1.5">
            <span className={cn('size-3 shrink-0 rounded-sm', entry.swatch)} />
            {entry.label}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        {/* The count axis: labels at the gridlines' heights. */}
        <div className="relative h-48 w-10 shrink-0 text-right text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {axis.ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 -translate-y-1/2"
              style={{ top: `${String(100 - (tick / axis.top) * 100)}%` }}
            >
              {number.format(tick)}
            </span>
          ))}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <svg
            viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
            preserveAspectRatio="none"
            className="h-48 w-full overflow-visible"
          >
            {axis.ticks.map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={width}
                y1={HEIGHT - (tick / axis.top) * HEIGHT}
                y2={HEIGHT - (tick / axis.top) * HEIGHT}
                vectorEffect="non-scaling-stroke"
                className="stroke-slate-200 dark:stroke-slate-800"
              />
            ))}
            {columns.map((column, index) => (
              <Bar key={column.key} column={column} index={index} top={axis.top} />
            ))}
          </svg>
          <div className="relative h-4 text-xs text-slate-600 dark:text-slate-400">
            {columns.map((column, index) =>
              column.label === null ? null : (
                <span
                  key={column.key}
                  className="absolute -translate-x-1/2 whitespace-nowrap"
                  style={{ left: `${String(((index + 0.5) / width) * 100)}%` }}
                >
                  {column.label}
                </span>
              ),
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/** Each segment's top and height in drawing units, stacked up from the baseline. */
function stack(segments: BarColumn['segments'], top: number) {
  let base = HEIGHT;
  return segments.flatMap((segment) => {
    const height = (segment.value / top) * HEIGHT;
    if (height <= 0) return [];
    base -= height;
    return [{ ...segment, y: base, height }];
  });
}

function Bar({ column, index, top }: { column: BarColumn; index: number; top: number }) {
  return (
    <g>
      <title>{column.title}</title>
      {/* A transparent full-height target, so the tooltip works on short bars too. */}
      <rect x={index} y={0} width={1} height={HEIGHT} className="fill-transparent" />
      {stack(column.segments, top).map((segment) => (
        <rect
          key={segment.key}
          x={index + (1 - BAR) / 2}
          y={segment.y}
          width={BAR}
          height={segment.height}
          // A hairline in the page's colour between segments: neighbours never run together.
          vectorEffect="non-scaling-stroke"
          className={cn(segment.fill, 'stroke-white stroke-1 dark:stroke-slate-950')}
        />
      ))}
    </g>
  );
}
