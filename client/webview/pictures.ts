// The Byline panel's pictures, drawn in the webview with Apache ECharts (bundled, no network): a
// force-directed network of people and organisations and a timeline of statements. The data comes
// from the language server (`byline/pictures`) through the extension; this script only draws, and
// asks the extension to open the article at the place of whatever is clicked. Everything on the
// chart is also in the list beside it, as buttons, for the keyboard and screen readers.
import { GraphChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Pictures, TimelineItem } from '../../server/src/lsp/pictures';
import './pictures.css';

echarts.use([GraphChart, GridComponent, TooltipComponent, DataZoomComponent, AriaComponent, CanvasRenderer]);

type View = 'network' | 'timeline';
type Location = { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): { view?: View; hidden?: string[] } | undefined;
  setState(state: { view: View; hidden: string[] }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const chartEl = document.getElementById('chart')!;
const listEl = document.getElementById('list')!;
const filters = document.getElementById('filters')!;
const chart = echarts.init(chartEl, undefined, { renderer: 'canvas' });
let data: Pictures | null = null;
let view: View = vscode.getState()?.view ?? 'network';
const hidden = new Set<string>(vscode.getState()?.hidden ?? []);

const open = (at: Location): void => vscode.postMessage({ type: 'open', at });
const css = (name: string, fallback: string): string => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
/** When a statement was made: its date, else the day its undated article gives ("Sunday, article undated"). */
const when = (i: TimelineItem): string => i.date ?? (i.day ? `${i.day}, article undated` : 'undated');

/** The theme's colours, read again whenever the theme changes. */
function colours() {
  return {
    fg: css('--vscode-foreground', '#333'),
    muted: css('--vscode-descriptionForeground', '#777'),
    bg: css('--vscode-editor-background', '#fff'),
    border: css('--vscode-panel-border', '#ccc'),
    person: css('--vscode-charts-purple', '#8250df'),
    organization: css('--vscode-charts-blue', '#0550ae'),
    quotes: css('--vscode-charts-orange', '#d18616'),
    red: css('--vscode-charts-red', '#e51400'),
    tooltipBg: css('--vscode-editorHoverWidget-background', '#f3f3f3'),
    tooltipBorder: css('--vscode-editorHoverWidget-border', '#c8c8c8'),
    font: css('--vscode-font-family', 'sans-serif'),
  };
}

function tooltip(c: ReturnType<typeof colours>) {
  // Plain text in the tooltip: no inline styles, which the panel's content security policy refuses.
  return { trigger: 'item' as const, confine: true, backgroundColor: c.tooltipBg, borderColor: c.tooltipBorder, textStyle: { color: c.fg, fontFamily: c.font }, extraCssText: 'max-width: 420px; white-space: normal;' };
}

function drawNetwork(d: Pictures): void {
  const c = colours();
  const nodes = d.network.nodes.filter((n) => !hidden.has(n.type));
  const shown = new Set(nodes.map((n) => n.id));
  const links = d.network.links.filter((l) => shown.has(l.source) && shown.has(l.target));
  const most = Math.max(1, ...nodes.map((n) => n.mentions));
  const speakers = new Set(links.filter((l) => l.kind === 'quotes').map((l) => l.source));
  chart.setOption(
    {
      aria: { enabled: true, description: `A network of the ${nodes.length} people and organisations named most in the articles; the list beside it has the same.` },
      backgroundColor: 'transparent',
      tooltip: {
        ...tooltip(c),
        formatter: (p: { dataType: string; data: { node?: (typeof nodes)[0]; link?: (typeof links)[0] } }) => {
          if (p.dataType === 'node' && p.data.node) {
            const n = p.data.node;
            return `<b>${escape(n.name)}</b> · ${n.type}<br/>${plural(n.mentions, 'mention')} in ${plural(n.articles, 'article')}${n.contradictions ? `<br/>⚠ ${plural(n.contradictions, 'contradiction')} about what they said` : ''}<br/><i>Click to open where they are introduced</i>`;
          }
          const l = p.data.link!;
          const name = (id: string) => escape(d.network.nodes.find((n) => n.id === id)?.name ?? id);
          return l.kind === 'quotes'
            ? `${name(l.source)} speaks about ${name(l.target)} in ${plural(l.weight, 'quote')}<br/><i>Click to open the quote</i>`
            : `${name(l.source)} and ${name(l.target)} are named in ${plural(l.weight, 'article')} together<br/><i>Click to open one</i>`;
        },
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          // Spread to fill the panel: names need room, and most links are weak (one shared article).
          force: { repulsion: 900, gravity: 0.05, edgeLength: [90, 320], layoutAnimation: false },
          label: { show: true, position: 'right', color: c.fg, fontFamily: c.font, fontSize: 11 },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
          edgeSymbolSize: 7,
          data: nodes.map((n) => ({
            id: n.id,
            name: n.name,
            node: n,
            symbolSize: 10 + 34 * Math.sqrt(n.mentions / most),
            itemStyle: { color: n.type === 'person' ? c.person : c.organization, borderColor: n.contradictions ? c.red : c.bg, borderWidth: n.contradictions ? 4 : 1 },
            label: { show: n.mentions >= Math.min(3, most) || speakers.has(n.id), fontWeight: n.contradictions ? 'bold' : 'normal' },
          })),
          links: links.map((l) => ({
            source: l.source,
            target: l.target,
            link: l,
            symbol: l.kind === 'quotes' ? ['none', 'arrow'] : ['none', 'none'],
            lineStyle:
              l.kind === 'quotes'
                ? { color: c.quotes, width: 1.5 + l.weight, opacity: 0.85, curveness: 0.2 }
                : { color: c.muted, width: Math.min(4, 0.5 + l.weight / 2), opacity: l.weight > 1 ? Math.min(0.6, 0.15 + l.weight / 8) : 0.08, curveness: 0 },
          })),
        },
      ],
    },
    true,
  );
  list(
    'People and organisations',
    [...nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    (n) => [n.name, `${n.type} · ${plural(n.mentions, 'mention')}`, n.contradictions ? `⚠ ${n.contradictions}` : ''],
    (n) => n.at,
  );
}

function drawTimeline(d: Pictures): void {
  const c = colours();
  const items = d.timeline.items.filter((i) => !hidden.has(i.kind));
  const dates = [...new Set(items.map((i) => i.date ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  // Lanes from the busiest speaker down.
  const count = new Map<string, number>();
  for (const i of items) count.set(i.lane, (count.get(i.lane) ?? 0) + 1);
  const lanes = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b));
  // Items of one day and lane are spread across the day's column, in article order.
  const cells = new Map<string, TimelineItem[]>();
  for (const i of items) cells.set(`${i.date}\u0000${i.lane}`, [...(cells.get(`${i.date}\u0000${i.lane}`) ?? []), i]);
  const x = (i: TimelineItem): number => {
    const cell = cells.get(`${i.date}\u0000${i.lane}`)!;
    return dates.indexOf(i.date ?? '') + ((cell.indexOf(i) + 1) / (cell.length + 1) - 0.5) * 0.8;
  };
  const contradicting = new Set(d.timeline.contradictions.flatMap((k) => [k.from, k.to]));
  const shown = new Set(items.map((i) => i.id));
  // A link bows towards the middle lanes (one between the top lane's items would leave the chart):
  // ECharts puts the control point at (x2 - x1) × curveness above the midpoint.
  const byId = new Map(items.map((i) => [i.id, i]));
  const bow = (from: string, to: string): number => {
    const [a, b] = [byId.get(from)!, byId.get(to)!];
    const down = lanes.indexOf(a.lane) < lanes.length / 2;
    return (x(b) > x(a)) === down ? -0.3 : 0.3;
  };
  chart.setOption(
    {
      aria: { enabled: true, description: `A timeline of ${plural(items.length, 'statement')} by ${plural(lanes.length, 'speaker')}; the list beside it has the same.` },
      backgroundColor: 'transparent',
      grid: { left: 170, right: 30, top: 20, bottom: 60 },
      tooltip: {
        ...tooltip(c),
        formatter: (p: { dataType: string; data: { item?: TimelineItem; message?: string } }) => {
          if (p.dataType === 'edge') return `⚠ ${escape(p.data.message ?? '')}`;
          const i = p.data.item!;
          return `<b>${escape(i.lane)}</b> · ${when(i)} · ${escape(i.article)}<br/>${i.kind === 'quote' ? '“' : ''}${escape(clip(i.text, 240))}${i.kind === 'quote' ? '”' : ''}${contradicting.has(i.id) ? '<br/>⚠ contradicted in another article' : ''}<br/><i>Click to open it</i>`;
        },
      },
      xAxis: {
        type: 'value',
        min: -0.5,
        max: dates.length - 0.5,
        interval: 1,
        // One column per date; labels and ticks at the columns' middles.
        axisLabel: { color: c.fg, fontFamily: c.font, customValues: dates.map((_, i) => i), formatter: (v: number) => dates[Math.round(v)] || 'undated' },
        axisTick: { customValues: dates.map((_, i) => i) },
        splitLine: { show: false },
        axisLine: { lineStyle: { color: c.border } },
      },
      yAxis: { type: 'category', inverse: true, data: lanes, axisLabel: { color: c.fg, fontFamily: c.font, width: 160, overflow: 'truncate' }, splitLine: { show: true, lineStyle: { color: c.border, opacity: 0.5 } }, axisLine: { lineStyle: { color: c.border } } },
      dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
      series: [
        {
          type: 'graph',
          coordinateSystem: 'cartesian2d',
          symbolSize: 14,
          edgeSymbol: ['none', 'none'],
          data: items.map((i) => ({
            id: i.id,
            name: i.text,
            item: i,
            value: [x(i), lanes.indexOf(i.lane)],
            symbol: i.kind === 'quote' ? 'circle' : 'diamond',
            itemStyle: { color: i.kind === 'quote' ? c.person : c.organization, borderColor: contradicting.has(i.id) ? c.red : c.bg, borderWidth: contradicting.has(i.id) ? 3 : 1 },
          })),
          links: d.timeline.contradictions
            .filter((k) => shown.has(k.from) && shown.has(k.to))
            .map((k) => ({ source: k.from, target: k.to, message: k.message, lineStyle: { color: c.red, width: 2, type: 'dashed', curveness: bow(k.from, k.to) } })),
        },
      ],
    },
    true,
  );
  list(
    'Statements',
    [...items].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.lane.localeCompare(b.lane)),
    (i) => [`${i.lane}: ${i.kind === 'quote' ? '“' : ''}${clip(i.text, 60)}${i.kind === 'quote' ? '”' : ''}`, `${when(i)} · ${i.article}`, contradicting.has(i.id) ? '⚠' : ''],
    (i) => i.at,
  );
}

/** The same things as buttons: Tab and Enter reach everything the chart shows. */
function list<T>(title: string, things: T[], label: (t: T) => [string, string, string], at: (t: T) => Location): void {
  listEl.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = title;
  const ul = document.createElement('ul');
  for (const t of things) {
    const [main, meta, warn] = label(t);
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.title = `${main} (${meta})${warn ? ', contradicted' : ''}: open in the article`;
    // The warning first: a long name would push it out of sight.
    if (warn) {
      const w = document.createElement('span');
      w.className = 'warn';
      w.textContent = `${warn} `;
      b.append(w);
    }
    b.append(main);
    const m = document.createElement('span');
    m.className = 'meta';
    m.textContent = meta;
    b.append(m);
    b.addEventListener('click', () => open(at(t)));
    li.append(b);
    ul.append(li);
  }
  listEl.append(h, ul);
}

function draw(): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  for (const box of filters.querySelectorAll<HTMLInputElement>('input')) {
    box.closest('label')!.hidden = box.dataset.view !== view;
    box.checked = !hidden.has(box.value);
  }
  vscode.setState({ view, hidden: [...hidden] });
  if (!data) return;
  const empty = view === 'network' ? !data.network.nodes.length : !data.timeline.items.length;
  document.getElementById('empty')!.hidden = !empty;
  chartEl.hidden = empty;
  if (view === 'network') drawNetwork(data);
  else drawTimeline(data);
  chart.resize();
}

chart.on('click', (p) => {
  const d = p.data as { node?: { at: Location }; link?: { at: Location }; item?: { at: Location } } | undefined;
  const at = d?.node?.at ?? d?.link?.at ?? d?.item?.at;
  if (at) open(at);
});
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]'))
  tab.addEventListener('click', () => {
    view = tab.dataset.view as View;
    draw();
  });
filters.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  if (box.checked) hidden.delete(box.value);
  else hidden.add(box.value);
  draw();
});
window.addEventListener('resize', () => chart.resize());
window.addEventListener('message', (e: MessageEvent<{ type: string; view?: View; pictures?: Pictures }>) => {
  if (e.data.type === 'show' && e.data.view) view = e.data.view;
  if (e.data.pictures) data = e.data.pictures;
  draw();
});
// The theme changes the body's class: redraw with its colours.
new MutationObserver(draw).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });
