// Interview and broadcast transcripts: paragraphs that open with who speaks and a colon.
//
// "Q: …" / "A: …", "MIRA SOLBERG, PRESENTER: …", "HALE: …", "(SOUNDBITE) KARIM HADDAD, HEALTH
// MINISTER (in Arabic, translated): …", "Ana Ruiz: …". The words of the one answering are quotes: the
// "A:" lines, soundbites, and the turns of anyone who is not the presenter, host, interviewer or
// reporter (by their role, because their turns are questions, or because they alone ask). An article is read as a transcript
// only when at least three paragraphs open so, with two speakers at least: a dateline ("LONDON: …")
// or a single "UPDATE:" is no transcript.

import type { Span, Structure } from '../types';

export interface Turn extends Span {
  /** The label as written: "MIRA SOLBERG", "A", "Ana Ruiz". */
  label: Span & { text: string };
  /** Whether these are the words of the one answering (a quote), not the interviewer's or the presenter's. */
  answering: boolean;
}

/** A turn's opening: an optional soundbite mark, a label, an optional role and note, a colon. */
const TURN =
  /^[ \t]*(\((?:SOUNDBITE|SOT|CLIP|VIDEO|AUDIO)\)\s*)?(Q|A|\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?:,[ \t]*([^:()\n]{1,60}?))?(?:[ \t]*\([^)\n]{0,80}\))?[ \t]*:[ \t]+(?=\S)/u;
/** Roles that ask or narrate rather than answer. */
const ASKING = /\b(?:presenter|anchor|host|interviewer|correspondent|reporter|moderator|editor|narrator|question)s?\b/i;

export function transcriptTurns(doc: Structure): Turn[] {
  const opened: { para: Span; m: RegExpExecArray }[] = [];
  // A turn has a colon in its first 200 characters: TURN is tried only where one is (most paragraphs have none).
  let colon = -1;
  for (const para of doc.paragraphs) {
    const limit = Math.min(para.end, para.start + 200);
    if (colon < para.start) colon = doc.text.indexOf(':', para.start);
    if (colon < 0) break;
    if (colon >= limit) continue;
    const m = TURN.exec(doc.text.slice(para.start, limit));
    if (m) opened.push({ para, m });
  }
  const labels = new Set(opened.map((o) => o.m[2]));
  const qa = labels.has('Q') && labels.has('A');
  if (!qa && (opened.length < 3 || labels.size < 2)) return [];
  // Who asks: by a role given at any of their turns (a later "HALE:" is the earlier "TOMAS HALE, CORRESPONDENT"),
  // or because most of their turns end with a question mark.
  const surname = (label: string): string => label.split(/[ \t]+/).pop()!.toLowerCase();
  const asking = new Set<string>();
  const questions = new Map<string, [number, number]>();
  for (const { para, m } of opened) {
    const key = surname(m[2]);
    if (m[2] === 'Q' || (m[3] && ASKING.test(m[3]))) asking.add(key);
    const q = questions.get(key) ?? [0, 0];
    q[0] += /\?\s*$/.test(doc.text.slice(para.start, para.end)) ? 1 : 0;
    q[1]++;
    questions.set(key, q);
  }
  // Or the only one who asks at all, twice or more: a host also welcomes, thanks and sums up.
  const askers = [...questions].filter(([key, [asked]]) => asked > 0 && key !== 'a');
  for (const [key, [asked, all]] of questions) if (key !== 'a' && (asked * 2 > all || (asked >= 2 && askers.length === 1))) asking.add(key);
  return opened.map(({ para, m }) => {
    const labelStart = para.start + m.index + m[0].indexOf(m[2], m[1]?.length ?? 0);
    const label = { start: labelStart, end: labelStart + m[2].length, text: m[2] };
    const start = para.start + m.index + m[0].length;
    let end = para.end;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    return { start, end, label, answering: !!m[1] || m[2] === 'A' || !asking.has(surname(m[2])) };
  });
}
