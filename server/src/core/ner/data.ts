// The recogniser's learned data (word and phrase lexicons, word clusters, the tagger's and the
// typer's weights), built by `npm run ner:train` into one binary file that the host reads and hands
// over here: the core never touches the filesystem. Format: "BNER", a version byte, then sections,
// each a varint name length, the name (ASCII), a varint byte length and the bytes.
import { IntMap, Reader, readKeyed } from './packed';
import { Model, readModel } from './model';

export const NER_DATA_VERSION = 1;

export interface NerData {
  /** Word hash -> lexicon bits (see lexicon.ts). */
  words: IntMap;
  /** Phrase hash -> phrase kinds (see lexicon.ts). */
  phrases: IntMap;
  /** Word hash -> GloVe k-means cluster ids (see lexicon.ts clusterMap). */
  clusters: IntMap;
  /** Null until training has made them (the first lexicon step runs without). */
  tagger: Model | null;
  typer: Model | null;
  /** Training settings, for the record. */
  settings: Record<string, unknown>;
}

/** The sections of a data file by name; throws on anything that is not one. */
export function readSections(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length < 5 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'BNER') throw new Error('not a recogniser data file (no BNER header)');
  if (bytes[4] !== NER_DATA_VERSION) throw new Error(`recogniser data version ${bytes[4]}, this build reads ${NER_DATA_VERSION}`);
  const r = new Reader(bytes);
  r.pos = 5;
  const out = new Map<string, Uint8Array>();
  while (r.pos < bytes.length) {
    const nameLength = r.uint();
    const name = String.fromCharCode(...bytes.subarray(r.pos, r.pos + nameLength));
    r.pos += nameLength;
    const length = r.uint();
    if (r.pos + length > bytes.length) throw new Error(`recogniser data truncated in section ${name}`);
    out.set(name, bytes.subarray(r.pos, r.pos + length));
    r.pos += length;
  }
  return out;
}

/** Decodes a data file. Sections a partial build has not made yet (training) are empty. */
export function readNerData(bytes: Uint8Array): NerData {
  const s = readSections(bytes);
  const keyed = (name: string) => (s.has(name) ? readKeyed(new Reader(s.get(name)!)) : new IntMap(0));
  const settings = s.get('settings');
  return {
    words: keyed('words'),
    phrases: keyed('phrases'),
    clusters: keyed('clusters'),
    tagger: s.has('tagger') ? readModel(s.get('tagger')!) : null,
    typer: s.has('typer') ? readModel(s.get('typer')!) : null,
    settings: settings ? (JSON.parse(new TextDecoder().decode(settings)) as Record<string, unknown>) : {},
  };
}

let current: NerData | null = null;

/** Installs the data every later recognition uses (the host calls this once, at start). */
export function useNerData(data: NerData): void {
  current = data;
}

/** The installed data; recognition without it is a host's mistake, reported as such. */
export function nerData(): NerData {
  if (!current) throw new Error('the recogniser has no data: the host must load ner.bin (useNerData) before analysing');
  return current;
}
