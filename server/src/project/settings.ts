// The editor's settings for Byline, validated: a wrong type falls back to the default rather
// than breaking indexing.

export interface Settings {
  articles: string[];
  exclude: string[];
  maxFileSizeKB: number;
}

export const DEFAULT_SETTINGS: Settings = { articles: ['**/*.txt'], exclude: [], maxFileSizeKB: 1024 };

export function toSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : typeof v === 'string' && v ? [v] : null);
  const size = Number(r.maxFileSizeKB);
  return {
    articles: strings(r.articles) ?? DEFAULT_SETTINGS.articles,
    exclude: strings(r.exclude) ?? DEFAULT_SETTINGS.exclude,
    maxFileSizeKB: Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSizeKB,
  };
}
