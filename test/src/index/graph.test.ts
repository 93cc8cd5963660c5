import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { linkInArticle } from '../../../server/out/core/entities';
import type { ArticleAnalysis, NamedSpan } from '../../../server/out/core/types';
import { EntityGraph } from '../../../server/out/index/entities';
import { parseKnowledge } from '../../../server/out/index/knowledge';
import { Workspace } from '../../../server/out/index/workspace';
import { loadNerData } from '../../../server/out/index/ner-data';
import { spansInOrder } from '../core/hand-named';

loadNerData();

const ws = (articles: Record<string, string>) => {
  const w = new Workspace();
  for (const [name, text] of Object.entries(articles)) w.set(`file:///ws/${name}`, text, analyze(text));
  return w;
};
const entityOf = (w: Workspace, name: string, text: string) => {
  const uri = `file:///ws/${name}`;
  const a = w.analysis(uri)!;
  const m = a.mentions.find((x) => x.text === text);
  assert.ok(m, `${text} is a mention in ${name}`);
  return w.graph.get(w.graph.idOf(uri, m.local)!)!;
};

const A = 'Rebel negotiator quits the talks\n\nMohammed Alloush, a member of Jaysh al-Islam, resigned on Sunday. President Bashar al-Assad did not comment.';
const B = 'Negotiator leaves Geneva talks\n\nMohammad Alloush, a Jaish al-Islam official, said he was leaving. Assad al Zoubi, head of the delegation, may follow.';
const C = 'Talks stall without the chief negotiator\n\nAlloush was not replaced. Zoubi said he may resign too.';

test('one entity across articles and spellings; different people stay apart', () => {
  const w = ws({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  const alloush = entityOf(w, 'a.txt', 'Mohammed Alloush');
  assert.equal(entityOf(w, 'b.txt', 'Mohammad Alloush').id, alloush.id);
  assert.equal(entityOf(w, 'c.txt', 'Alloush').id, alloush.id, 'a bare surname in another article');
  assert.equal(alloush.articles, 3);
  assert.equal(entityOf(w, 'b.txt', 'Jaish al-Islam').id, entityOf(w, 'a.txt', 'Jaysh al-Islam').id);
  const zoubi = entityOf(w, 'b.txt', 'Assad al Zoubi');
  assert.notEqual(zoubi.id, entityOf(w, 'a.txt', 'Bashar al-Assad').id);
  assert.equal(entityOf(w, 'c.txt', 'Zoubi').id, zoubi.id);
});

test('updates by difference: removing an article removes its mentions only', () => {
  const w = ws({ 'a.txt': A, 'b.txt': B });
  const id = entityOf(w, 'a.txt', 'Mohammed Alloush').id;
  w.remove('file:///ws/b.txt');
  assert.equal(w.graph.get(id)!.articles, 1);
  w.set('file:///ws/b.txt', B, analyze(B));
  assert.equal(w.graph.get(id)!.articles, 2);
});

test('byline.yaml: aliases link, distinct pairs separate, notEntities hide, canonical names win', () => {
  const w = ws({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  const { knowledge, problems } = parseKnowledge(
    ['entities:', '  - name: Mohammed Alloush', '    type: person', '    description: Chief negotiator', 'distinct:', '  - [Zoubi, Assad al Zoubi]', 'notEntities:', '  - Jaysh al-Islam'].join('\n'),
  );
  assert.deepEqual(problems, []);
  w.setKnowledge(knowledge!);
  assert.equal(entityOf(w, 'c.txt', 'Alloush').name, 'Mohammed Alloush');
  // A phrase that is never an entity loses its mentions (and so its hover, colour and outline entry).
  assert.ok(!w.analysis('file:///ws/a.txt')!.mentions.some((m) => m.text === 'Jaysh al-Islam'));
});

test('byline.yaml problems carry offsets; bad files never throw', () => {
  const bad = parseKnowledge('entities:\n  - name: [unclosed\n');
  assert.equal(bad.knowledge, null);
  assert.ok(bad.problems.length > 0 && bad.problems[0].start >= 0);
  const wrongType = parseKnowledge('entities:\n  - name: X\n    type: planet\nfoo: 1\n');
  assert.ok(wrongType.problems.some((p) => /planet/.test(p.message)));
  assert.ok(wrongType.problems.some((p) => /Unknown key "foo"/.test(p.message)));
  const bomb = parseKnowledge(`a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [*${i ? `b${i - 1}` : 'a'}, *${i ? `b${i - 1}` : 'a'}, *${i ? `b${i - 1}` : 'a'}]`).join('\n')}\n`);
  assert.equal(bomb.knowledge, null, 'an alias bomb is refused');
  assert.ok(parseKnowledge('!!js/function "x"').problems.length >= 0);
});

test('incremental updates give the same entities as a fresh index, in any order', () => {
  const D = 'Zoubi speaks\n\nZoubi said the talks were over. Alloush agreed with Zoubi.';
  const E = 'High Negotiations Committee meets\n\nThe High Negotiations Committee (HNC) met in Riyadh. The HNC said talks would resume.';
  const F = 'Opposition regroups\n\nThe HNC chose a new negotiator. Asaad al-Zoabi stayed on.';
  const texts: Record<string, string> = { 'a.txt': A, 'b.txt': B, 'c.txt': C, 'd.txt': D, 'e.txt': E, 'f.txt': F };
  const snapshot = (w: Workspace) =>
    [...w.graph.ids()]
      .map((id) => w.graph.get(id)!)
      .map((e) => `${e.id}|${e.name}|${e.type}|${e.articles}|${e.mentions}|${e.refs.map((r) => `${r.uri}#${r.local}`).join(',')}|${JSON.stringify(w.graph.introduction(e.id))}|${e.notes.map((n) => `${n.uri}:${n.descriptions.map((d) => d.text)}:${n.quotes.map((q) => q.text)}`)}`)
      .sort();
  const fresh = snapshot(ws(texts));
  const names = Object.keys(texts);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 20; round++) {
    const w = new Workspace();
    const present = new Set<string>();
    for (let step = 0; step < 30; step++) {
      const name = names[Math.floor(random() * names.length)];
      if (present.has(name) && random() < 0.5) {
        w.remove(`file:///ws/${name}`);
        present.delete(name);
      } else {
        w.set(`file:///ws/${name}`, texts[name], analyze(texts[name]));
        present.add(name);
      }
      // Reading in between fills the caches that the next change must invalidate correctly.
      for (const id of w.graph.ids()) w.graph.get(id) && w.graph.introduction(id);
    }
    for (const name of names) w.set(`file:///ws/${name}`, texts[name], analyze(texts[name]));
    assert.deepEqual(snapshot(w), fresh, `round ${round}`);
  }
});

test('a bulk load gives the same entities and contradictions as adding articles one by one', () => {
  const texts: Record<string, string> = { 'a.txt': A, 'b.txt': B, 'c.txt': C };
  const one = ws(texts);
  const bulk = new Workspace();
  for (const [name, text] of Object.entries(texts)) {
    bulk.set(`file:///ws/${name}`, text, analyze(text), true);
    for (const id of bulk.graph.ids()) bulk.graph.get(id); // reads during the load must not go stale
  }
  const view = (w: Workspace) => [...w.graph.ids()].sort().map((id) => JSON.stringify(w.graph.get(id)));
  assert.deepEqual(view(bulk), view(one));
  for (const name of Object.keys(texts)) assert.deepEqual(bulk.contradictions(`file:///ws/${name}`), one.contradictions(`file:///ws/${name}`));
});

test('search ranks a spelling that starts with the query, then a word, then a substring, then scattered letters', () => {
  const w = ws({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  const names = (q: string) => w.graph.search(q, 50).map((id) => w.graph.get(id)!.name);
  // One article each writes "Mohammed" and "Mohammad": the canonical name is either, by a fixed rule.
  const alloush = entityOf(w, 'a.txt', 'Mohammed Alloush').name;
  assert.equal(names('mohammed')[0], alloush);
  assert.equal(names('alloush')[0], alloush, 'a word of a spelling');
  assert.ok(names('lloush').includes(alloush), 'a substring');
  assert.ok(names('mhmd').includes(alloush), 'letters in order');
  assert.deepEqual(names('zq'), []);
  assert.ok(names('').length >= 4, 'an empty query lists everything');
  const before = names('zoubi');
  w.remove('file:///ws/b.txt');
  assert.ok(before.includes('Assad al Zoubi') && !names('assad al').includes('Assad al Zoubi'), 'search follows changes');
});

/** An article whose names are the given spans (linked in the article as usual), whatever the recogniser finds. */
function handNamed(text: string, names: [string, NamedSpan['type']][]): ArticleAnalysis {
  const spans = spansInOrder(text, names);
  return { ...analyze(text), ...linkInArticle(text, spans, []), quotes: [], figures: [] };
}
const graphOf = (articles: Record<string, ArticleAnalysis>) => {
  const g = new EntityGraph();
  for (const [name, a] of Object.entries(articles)) g.set(name, a);
  return g;
};
const idIn = (g: EntityGraph, a: ArticleAnalysis, uri: string, text: string) => g.idOf(uri, a.mentions.find((m) => m.text === text)!.local);

test('a bare word joins a name from another article only on its exact spelling, not on the loose key', () => {
  const party = handNamed('Mr Pell said the Lib Dem vote held.', [['Lib Dem', 'person']]);
  const arena = handNamed('Crowds filled the Dome on Friday.', [['Dome', 'person']]);
  const town = handNamed('Shelling hit Dauma overnight.', [['Dauma', 'place']]);
  const g = graphOf({ 'a.txt': party, 'b.txt': arena, 'c.txt': town });
  const dem = idIn(g, party, 'a.txt', 'Lib Dem');
  assert.notEqual(idIn(g, arena, 'b.txt', 'Dome'), dem);
  assert.notEqual(idIn(g, town, 'c.txt', 'Dauma'), dem);
  assert.deepEqual(g.get(dem!)!.aliases, ['Lib Dem']);
});

test('across articles: spellings with a shared first name join; diacritics and transliterations of a surname alone need the exact word', () => {
  const full = handNamed('Yevhen Hrytsak spoke. Hrytsak left.', [['Yevhen Hrytsak', 'person'], ['Hrytsak', 'person']]);
  const russian = handNamed('Yevgen Gritsak denied it.', [['Yevgen Gritsak', 'person']]);
  const czech = handNamed('Ivo Šťastný scored.', [['Ivo Šťastný', 'person']]);
  const plain = handNamed('Stastny was booked.', [['Stastny', 'person']]);
  const g = graphOf({ 'a.txt': full, 'b.txt': russian, 'c.txt': czech, 'd.txt': plain });
  assert.equal(idIn(g, russian, 'b.txt', 'Yevgen Gritsak'), idIn(g, full, 'a.txt', 'Yevhen Hrytsak'));
  assert.equal(idIn(g, plain, 'd.txt', 'Stastny'), idIn(g, czech, 'c.txt', 'Ivo Šťastný'), 'a surname without its diacritics');
});

test('the canonical name is the full form most articles use, with its diacritics, whatever order articles come in', () => {
  const articles: Record<string, ArticleAnalysis> = {
    'a.txt': handNamed('TOMÁŠ ŘEHÁK SIGNS\n\nTomáš Řehák signed. Řehák smiled.', [['TOMÁŠ ŘEHÁK', 'person'], ['Tomáš Řehák', 'person'], ['Řehák', 'person']]),
    'b.txt': handNamed('Tomas Rehak signed on Monday. Rehak, 24, smiled. Rehak left. Rehak came back.', [['Tomas Rehak', 'person'], ['Rehak', 'person'], ['Rehak', 'person'], ['Rehak', 'person']]),
    'c.txt': handNamed('Winger Tomáš Řehák joined.', [['Tomáš Řehák', 'person']]),
  };
  const names = new Set<string>();
  for (const order of [['a.txt', 'b.txt', 'c.txt'], ['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'a.txt', 'c.txt']]) {
    const g = new EntityGraph();
    for (const uri of order) g.set(uri, articles[uri]);
    const e = g.get(idIn(g, articles['b.txt'], 'b.txt', 'Tomas Rehak')!)!;
    assert.equal(e.articles, 3);
    names.add(e.name);
  }
  assert.deepEqual([...names], ['Tomáš Řehák']);
});

test('across articles: a company named after a person, and a town named in a club, stay apart from them', () => {
  const company = handNamed('Shares in Haddad Agro fell.', [['Haddad Agro', 'organization']]);
  const person = handNamed('Karim Haddad denied the charges.', [['Karim Haddad', 'person']]);
  const bare = handNamed('Haddad left the court.', [['Haddad', 'person']]);
  const club = handNamed('Slavoj Lipany won again.', [['Slavoj Lipany', 'organization']]);
  const town = handNamed('Snow fell on Lipany.', [['Lipany', 'place']]);
  const g = graphOf({ 'a.txt': company, 'b.txt': person, 'c.txt': bare, 'd.txt': club, 'e.txt': town });
  assert.notEqual(idIn(g, company, 'a.txt', 'Haddad Agro'), idIn(g, person, 'b.txt', 'Karim Haddad'));
  assert.equal(idIn(g, bare, 'c.txt', 'Haddad'), idIn(g, person, 'b.txt', 'Karim Haddad'));
  assert.notEqual(idIn(g, town, 'e.txt', 'Lipany'), idIn(g, club, 'd.txt', 'Slavoj Lipany'));
});

test('across articles: a given name shortened from its end is the one longer given name with that surname', () => {
  const full = handNamed('Chukwuebuka Nwachukwu, the plant manager, spoke.', [['Chukwuebuka Nwachukwu', 'person']]);
  const short = handNamed('Ebuka Nwachukwu said the fire was out.', [['Ebuka Nwachukwu', 'person']]);
  const sister = handNamed('Adaeze Nwachukwu, his sister, was not there.', [['Adaeze Nwachukwu', 'person']]);
  for (const order of [['a.txt', 'b.txt', 'c.txt'], ['b.txt', 'c.txt', 'a.txt']]) {
    const g = new EntityGraph();
    const all: Record<string, ArticleAnalysis> = { 'a.txt': full, 'b.txt': short, 'c.txt': sister };
    for (const uri of order) g.set(uri, all[uri]);
    const id = idIn(g, full, 'a.txt', 'Chukwuebuka Nwachukwu')!;
    assert.equal(idIn(g, short, 'b.txt', 'Ebuka Nwachukwu'), id);
    assert.equal(g.get(id)!.name, 'Chukwuebuka Nwachukwu');
    assert.equal(g.get(id)!.articles, 2);
    assert.notEqual(idIn(g, sister, 'c.txt', 'Adaeze Nwachukwu'), id);
  }
  // Two longer given names that end with it: neither.
  const other = handNamed('Obiebuka Nwachukwu, a lawyer, declined to comment.', [['Obiebuka Nwachukwu', 'person']]);
  const g = graphOf({ 'a.txt': full, 'b.txt': short, 'd.txt': other });
  assert.notEqual(idIn(g, short, 'b.txt', 'Ebuka Nwachukwu'), idIn(g, full, 'a.txt', 'Chukwuebuka Nwachukwu'));
  assert.notEqual(idIn(g, short, 'b.txt', 'Ebuka Nwachukwu'), idIn(g, other, 'd.txt', 'Obiebuka Nwachukwu'));
});

test('across articles: a club named "<Town> FC" is not its town; the club without its initials is the club', () => {
  const club = handNamed('Dunmarsh Vale FC fans get free buses.', [['Dunmarsh Vale FC', 'organization']]);
  const town = handNamed('Flooding in Dunmarsh Vale closed two schools. Dunmarsh Vale council met.', [['Dunmarsh Vale', 'place'], ['Dunmarsh Vale', 'place']]);
  const rovers = handNamed('Wexley Rovers Football Club signed a striker.', [['Wexley Rovers Football Club', 'organization']]);
  const short = handNamed('Wexley Rovers lost again.', [['Wexley Rovers', 'organization']]);
  const g = graphOf({ 'a.txt': club, 'b.txt': town, 'c.txt': rovers, 'd.txt': short });
  assert.notEqual(idIn(g, club, 'a.txt', 'Dunmarsh Vale FC'), idIn(g, town, 'b.txt', 'Dunmarsh Vale'));
  assert.equal(g.get(idIn(g, town, 'b.txt', 'Dunmarsh Vale')!)!.type, 'place');
  assert.equal(idIn(g, short, 'd.txt', 'Wexley Rovers'), idIn(g, rovers, 'c.txt', 'Wexley Rovers Football Club'));
});

test('across articles: a shorter name is the one organisation whose fuller name starts or ends with it; a lone word taken for a person is the place no one is named after', () => {
  const full = handNamed('Lomnice beat Dolany in the Northern Premier League. Officials in Valmora met.', [['Lomnice', 'organization'], ['Dolany', 'organization'], ['Northern Premier League', 'organization'], ['Valmora', 'place']]);
  const short = handNamed('The Premier League fined Lomnice. Valmora said nothing.', [['Premier League', 'organization'], ['Lomnice', 'organization'], ['Valmora', 'person']]);
  const city = handNamed('New York police spoke to the New York Times.', [['New York', 'place'], ['New York Times', 'organization']]);
  const g = graphOf({ 'a.txt': full, 'b.txt': short, 'c.txt': city });
  const league = idIn(g, full, 'a.txt', 'Northern Premier League');
  assert.equal(idIn(g, short, 'b.txt', 'Premier League'), league);
  assert.equal(g.get(league!)!.articles, 2);
  const valmora = idIn(g, full, 'a.txt', 'Valmora');
  assert.equal(idIn(g, short, 'b.txt', 'Valmora'), valmora);
  assert.equal(g.get(valmora!)!.type, 'place');
  assert.notEqual(idIn(g, city, 'c.txt', 'New York'), idIn(g, city, 'c.txt', 'New York Times'));
  // A ministry qualified by its country is the ministry, and so the fuller name its short name stands for.
  const qualified = handNamed('The Ministry of Labour of Valmora reported 40 strikes.', [['Ministry of Labour of Valmora', 'organization']]);
  const plain = handNamed('The Ministry of Labour said more.', [['Ministry of Labour', 'organization']]);
  const fuller = handNamed('MINISTRY OF LABOUR AND SOCIAL WELFARE\n\nThe Ministry of Labour and Social Welfare declared a strike.', [['Ministry of Labour and Social Welfare', 'organization']]);
  const g3 = graphOf({ 'a.txt': qualified, 'b.txt': plain, 'c.txt': fuller });
  const ministry = idIn(g3, fuller, 'c.txt', 'Ministry of Labour and Social Welfare');
  assert.equal(idIn(g3, plain, 'b.txt', 'Ministry of Labour'), ministry);
  assert.equal(idIn(g3, qualified, 'a.txt', 'Ministry of Labour of Valmora'), ministry);
  assert.equal(g3.get(ministry!)!.articles, 3);
  // The last word of an organisation's name alone is that organisation, not a place of that name; a dateline's place in capitals is no acronym.
  const club = handNamed('The Harbourton Gulls won.', [['Harbourton Gulls', 'organization']]);
  const alone = handNamed('Gulls fans celebrated.', [['Gulls', 'organization']]);
  const town = handNamed('LIPANY, May 3 - Snow fell on Lipany.', [['LIPANY', 'place'], ['Lipany', 'place']]);
  const named = handNamed('Slavoj Lipany won. "Lipany is my home," he said.', [['Slavoj Lipany', 'organization'], ['Lipany', 'organization']]);
  const g2 = graphOf({ 'a.txt': club, 'b.txt': alone, 'c.txt': town, 'd.txt': named });
  assert.equal(idIn(g2, alone, 'b.txt', 'Gulls'), idIn(g2, club, 'a.txt', 'Harbourton Gulls'));
  assert.equal(idIn(g2, town, 'c.txt', 'LIPANY'), idIn(g2, town, 'c.txt', 'Lipany'));
  assert.notEqual(idIn(g2, town, 'c.txt', 'Lipany'), idIn(g2, named, 'd.txt', 'Slavoj Lipany'));
  // A lone word taken for a person follows the thing it names to the fuller name, in any order of arrival.
  const taken = handNamed('Gulls said nothing.', [['Gulls', 'person']]);
  for (const order of [['a.txt', 'b.txt', 'e.txt'], ['e.txt', 'b.txt', 'a.txt']]) {
    const g4 = new EntityGraph();
    const all: Record<string, ArticleAnalysis> = { 'a.txt': club, 'b.txt': alone, 'e.txt': taken };
    for (const uri of order) g4.set(uri, all[uri]);
    const gulls = idIn(g4, taken, 'e.txt', 'Gulls')!;
    assert.equal(gulls, idIn(g4, club, 'a.txt', 'Harbourton Gulls'));
    assert.equal(g4.get(gulls)!.type, 'organization');
    assert.equal(g4.get(gulls)!.articles, 3);
  }
});

test('a title right before a name finds the person ("Dr" in "Dr Haddad"), "the" the organisation, and nothing else does', () => {
  const text = 'Dr Samira Haddad runs the clinic. "We are full," Dr Haddad said. The Dr Pepper stall closed. The Agency said so. The Haddad family left.';
  const w = new Workspace();
  w.set('file:///ws/a.txt', text, handNamed(text, [['Samira Haddad', 'person'], ['Haddad', 'person'], ['Pepper', 'organization'], ['Agency', 'organization'], ['Haddad', 'person']]));
  const at = (needle: string) => w.mentionAt('file:///ws/a.txt', text.indexOf(needle) + 1);
  assert.equal(at('Dr Haddad')?.index, 1);
  assert.equal(at('Dr Samira')?.index, 0);
  assert.equal(at('Dr Pepper'), null, 'a title is not read with an organisation');
  assert.equal(at('The Agency')?.index, 3);
  assert.equal(at('The Haddad'), null, '"the" is not read with a person');
  assert.equal(at('said'), null);
});

test('letters Unicode does not decompose fold like other diacritics; a bare word joins a person only on the surname as written', () => {
  const w = ws({
    'a.txt': 'Mine inquiry opens\n\nThe court hired translators (French, Greek, Korean) for the miners. Deniz Kaçırık, a shift foreman, said the pumps had failed. Kaçırık said he had warned the manager. Fionnuala Kurran, a surveyor, said the tunnel flooded within an hour.',
    'b.txt': 'Miners demand answers\n\nDeniz Kacirik, who worked in the mine, said the crew had raised concerns for months. Kurran said she would testify.',
  });
  const officer = entityOf(w, 'a.txt', 'Deniz Kaçırık');
  assert.equal(entityOf(w, 'b.txt', 'Deniz Kacirik').id, officer.id, 'dotless ı is i');
  assert.equal(officer.name, 'Deniz Kaçırık', 'the spelling with its diacritics');
  const kurran = entityOf(w, 'a.txt', 'Fionnuala Kurran');
  assert.equal(entityOf(w, 'b.txt', 'Kurran').id, kurran.id);
  const korean = w.analysis('file:///ws/a.txt')!.mentions.find((m) => m.text === 'Korean');
  assert.ok(!korean || w.graph.idOf('file:///ws/a.txt', korean.local) !== kurran.id, 'a nationality is not the surveyor whose surname folds alike');
});

test('a bare surname joins only a full name the workspace mostly takes for a person: not a club taken for one in one article', () => {
  const taken = handNamed('Viktoria Kelbrook accepted the offer on Monday.', [['Viktoria Kelbrook', 'person']]);
  const club = handNamed('Viktoria Kelbrook won again.', [['Viktoria Kelbrook', 'organization']]);
  const club2 = handNamed('Fans of Viktoria Kelbrook sang.', [['Viktoria Kelbrook', 'organization']]);
  const town = handNamed('Kelbrook is a quiet town.', [['Kelbrook', 'place']]);
  const town2 = handNamed('Rain fell on Kelbrook.', [['Kelbrook', 'place']]);
  const quote = handNamed('"Kelbrook will always be my home," he wrote.', [['Kelbrook', 'person']]);
  const g = graphOf({ 'a.txt': taken, 'b.txt': club, 'c.txt': club2, 'd.txt': town, 'e.txt': town2, 'f.txt': quote });
  assert.equal(idIn(g, quote, 'f.txt', 'Kelbrook'), idIn(g, town, 'd.txt', 'Kelbrook'), 'the town');
  assert.notEqual(idIn(g, quote, 'f.txt', 'Kelbrook'), idIn(g, club, 'b.txt', 'Viktoria Kelbrook'));
  // A person the articles agree on still gets the bare surname.
  const full = handNamed('Ivana Morrow scored.', [['Ivana Morrow', 'person']]);
  const bare = handNamed('Morrow was booked.', [['Morrow', 'person']]);
  const g2 = graphOf({ 'a.txt': full, 'b.txt': bare });
  assert.equal(idIn(g2, bare, 'b.txt', 'Morrow'), idIn(g2, full, 'a.txt', 'Ivana Morrow'));
});

test('across articles: a company form in one article makes the company an organisation in all, whatever the others say', () => {
  const w = ws({
    'release.txt': 'Offer for Lindvik\n\nThe board of Lindvik Fiskeri ASA recommends the offer, it said on Monday.',
    'paper.txt': 'Town waits\n\nLindvik Fiskeri said it would keep the plant open. Workers at Lindvik Fiskeri were not convinced.',
  });
  const company = entityOf(w, 'paper.txt', 'Lindvik Fiskeri');
  assert.equal(entityOf(w, 'release.txt', 'Lindvik Fiskeri ASA').id, company.id);
  assert.equal(company.type, 'organization');
});

test('across articles: a person’s two-word name written the other way round is one person, in any order of articles', () => {
  const a = 'Hospital hit by hackers\n\nThe security researcher Lianhua Zhou said the patch was available. Zhou said the warning was sent in May.';
  const b = 'What we know about the attack\n\nZhou Lianhua, a security researcher, said the warning was ignored. Zhou Lianhua said it was sent in May.';
  for (const order of [
    ['a.txt', 'b.txt'],
    ['b.txt', 'a.txt'],
  ]) {
    const w = new Workspace();
    for (const name of order) w.set(`file:///ws/${name}`, name === 'a.txt' ? a : b, analyze(name === 'a.txt' ? a : b));
    assert.equal(entityOf(w, 'a.txt', 'Lianhua Zhou').id, entityOf(w, 'b.txt', 'Zhou Lianhua').id, order.join(' then '));
  }
});

/** Every local entity's id, type and name in the given articles of a workspace. */
const ids = (w: Workspace, names: string[]): string[] =>
  names.flatMap((name) => {
    const uri = `file:///ws/${name}`;
    return w.analysis(uri)!.entities.map((e, local) => {
      const id = w.graph.idOf(uri, local);
      const g = id && w.graph.get(id);
      return `${name} ${e.name}: ${id} ${g && `${g.type} ${g.name}`}`;
    });
  });

test('a given name shortened from its end joins in any order of articles, whichever spelling of the shorter name came first', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Ogunwusi speaks\n\nKerim Ogunwusi spoke on Monday.',
    'b.txt': 'Ogunwusi again\n\nKarim Ogunwusi said on Tuesday that he would stay.',
    'c.txt': 'Minister named\n\nAbdulkarim Ogunwusi was named minister on Friday.',
  };
  const names = Object.keys(texts);
  const answers = new Set<string>();
  for (const order of [['a.txt', 'b.txt', 'c.txt'], ['b.txt', 'a.txt', 'c.txt'], ['c.txt', 'b.txt', 'a.txt']]) {
    const w = new Workspace();
    for (const name of order) w.set(`file:///ws/${name}`, texts[name], analyze(texts[name]));
    answers.add(JSON.stringify(ids(w, names)));
  }
  assert.equal(answers.size, 1, [...answers].join('\n'));
});

test('removing an article re-resolves the names that went through its names: a short form, an acronym', () => {
  const cases: [string, string][] = [
    ['Academy opens pitch\n\nLipany United Academy opened a new pitch on Monday, the club said.', 'Lipany win\n\nLipany United won on Sunday. United scored twice in the second half.'],
    ['Union votes\n\nThe Northern Rail Workers Union (NRWU) voted to strike. The NRWU said pay was too low.', 'Strike off\n\nThe NRWU called off the strike on Friday.'],
  ];
  for (const [gone, kept] of cases) {
    const w = new Workspace();
    w.set('file:///ws/gone.txt', gone, analyze(gone));
    w.set('file:///ws/kept.txt', kept, analyze(kept));
    for (const id of w.graph.ids()) w.graph.get(id);
    w.remove('file:///ws/gone.txt');
    const fresh = new Workspace();
    fresh.set('file:///ws/kept.txt', kept, analyze(kept));
    assert.deepEqual(ids(w, ['kept.txt']), ids(fresh, ['kept.txt']));
  }
});
