import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkInArticle } from '../../../server/out/core/entities';
import { coreWords, foldWord, nameKey, rankSpellings } from '../../../server/out/core/names';
import type { NamedSpan } from '../../../server/out/core/types';
import { spansInOrder } from './hand-named';

/** Links hand-made spans, so these tests check linking alone, whatever the recogniser finds. */
function link(text: string, names: [string, NamedSpan['type']][]) {
  const spans = spansInOrder(text, names);
  const layer = linkInArticle(text, spans, []);
  const nameOf = (mentionText: string) => layer.entities[layer.mentions.find((m) => m.text === mentionText)!.local].name;
  return { ...layer, nameOf };
}

test('spelling keys: transliteration variants agree, different names do not', () => {
  assert.equal(nameKey('Mohammed Alloush', true), nameKey('Mohammad Alloush', true));
  assert.equal(nameKey('Asaad al-Zoabi', true), nameKey('Assad al Zoubi', true));
  assert.equal(nameKey('Jaysh al-Islam', false), nameKey('Jaish al-Islam', false));
  assert.equal(nameKey('Qasim al-Nouri', true), nameKey('Kassem el-Nouri', true), 'q or k, al- or el-');
  assert.notEqual(nameKey('Assad al Zoubi', true), nameKey('Bashar al-Assad', true));
  assert.notEqual(nameKey('Mali', false), nameKey('Mail', false));
  assert.equal(foldWord('zoabi'), foldWord('zoubi'));
  assert.deepEqual(coreWords('President Bashar al-Assad'), ['bashar', 'assad']);
});

test('spelling keys: French and English romanisations of Arabic names agree', () => {
  assert.equal(nameKey('Oued Zerka', false), nameKey('Wadi Zerkah', false), '"Oued" is "Wadi", a final "ah" is "a"');
  assert.equal(nameKey('Karim Ouahbi', true), nameKey('Karim Wahbi', true));
  assert.equal(nameKey('Jeddah Port', false), nameKey('Jidda Port', false));
  assert.notEqual(nameKey('Ouse Valley', false), nameKey('Wse Valley', false), 'only before a vowel');
  assert.equal(foldWord('oleh'), foldWord('oleg'), 'a final "h" after another vowel is still the Ukrainian "g"');
});

test('a surname refers back to the full name, also before it and with a possessive', () => {
  const text = "Alloush quits\n\nMohammed Alloush, a member of the rebel group Jaysh al-Islam, resigned. Alloush's move surprised Geneva.";
  const r = link(text, [['Alloush', 'person'], ['Mohammed Alloush', 'person'], ['Jaysh al-Islam', 'organization'], ["Alloush's", 'person'], ['Geneva', 'place']]);
  assert.equal(r.nameOf('Alloush'), 'Mohammed Alloush');
  const alloush = r.entities.find((e) => e.name === 'Mohammed Alloush')!;
  assert.equal(alloush.mentions.length, 3, 'headline, full name and possessive');
  assert.ok(r.mentions.some((m) => m.text === 'Alloush' && text.slice(m.end, m.end + 2) === "'s"), 'the possessive is trimmed');
  assert.ok(alloush.descriptions.some((d) => d.text === 'a member of the rebel group Jaysh al-Islam'));
});

test('titles are not part of names; particles and non-breaking spaces are handled', () => {
  const text = 'UN envoy Staffan de Mistura spoke. De Mistura said little. [President] al-Assad and his\u00a0allies. Bashar\u00a0al-Assad did not reply.';
  const r = link(text, [['Staffan de Mistura', 'person'], ['De Mistura', 'person'], ['[President] al-Assad', 'person'], ['Bashar\u00a0al-Assad', 'person']]);
  assert.equal(r.nameOf('De Mistura'), 'Staffan de Mistura');
  assert.equal(r.nameOf('al-Assad'), 'Bashar\u00a0al-Assad');
  assert.ok(r.entities.find((e) => e.name === 'Staffan de Mistura')!.descriptions.some((d) => d.text === 'UN envoy'));
});

test('a multi-word title before a name is no part of it: the name starts after its head noun', () => {
  const text = 'Chief Fire Officer Darius Kemppainen spoke first. Deputy Police Commissioner Orla Vantongeren agreed. Senior Public Health Officer Ilse Vardimova, 48, did not.';
  const r = link(text, [
    ['Chief Fire Officer Darius Kemppainen', 'person'],
    ['Deputy Police Commissioner Orla Vantongeren', 'person'],
    ['Senior Public Health Officer Ilse Vardimova', 'person'],
  ]);
  assert.deepEqual(
    r.mentions.map((m) => m.text),
    ['Darius Kemppainen', 'Orla Vantongeren', 'Ilse Vardimova'],
  );
  assert.deepEqual(coreWords('Detective Inspector Ravi Okonjo'), ['ravi', 'okonjo']);
});

test('title words alone are no name; a name before its job title and employer is a person', () => {
  const text = "Corvane's Managing Director and Chief Executive Officer, Ysolde Varnhagen, said the pumps ran. The Chief Operating Officer, Dario Pell, agreed.";
  const r = link(text, [['Chief Executive Officer', 'person'], ['Ysolde Varnhagen', 'person'], ['Chief Operating Officer', 'person'], ['Dario Pell', 'person']]);
  assert.deepEqual(r.entities.map((e) => e.name), ['Ysolde Varnhagen', 'Dario Pell']);
  const heading = 'Comment from Tavuro Okimbe, President and CEO of Kelstrom:\n\nStatement from Ilse Marrow-Vey, Chief Financial Officer at Kelstrom:\n\nIn Port Vessany, President Aldo Keel spoke.';
  const h = link(heading, [['Tavuro Okimbe', 'place'], ['Kelstrom', 'organization'], ['Ilse Marrow-Vey', 'organization'], ['Kelstrom', 'organization'], ['Port Vessany', 'place'], ['Aldo Keel', 'person']]);
  const typeOf = (name: string) => h.entities.find((e) => e.name === name)?.type;
  assert.equal(typeOf('Tavuro Okimbe'), 'person');
  assert.equal(typeOf('Ilse Marrow-Vey'), 'person');
  assert.equal(typeOf('Port Vessany'), 'place', 'a place before a title and a name is still a place');
});

test('a reader writing in ("Ysolde in Marrowick writes:") is a person, recognised or not, and the town a place', () => {
  const text = 'HOST: Messages are coming in. Ysolde in Marrowick writes: "No one warned us." Police in Marrowick says: "Stay inside." Brannagh, from Eastwick Vale, emailed: "Ash everywhere."';
  const r = link(text, [['Marrowick', 'place'], ['Marrowick', 'place'], ['Brannagh', 'place'], ['Eastwick Vale', 'person']]);
  const typeOf = (name: string) => r.entities[r.mentions.find((m) => m.text === name)!.local].type;
  assert.equal(typeOf('Ysolde'), 'person');
  assert.equal(typeOf('Brannagh'), 'person');
  assert.equal(typeOf('Eastwick Vale'), 'place');
  assert.ok(!r.mentions.some((m) => m.text === 'Police'), 'a group opening the sentence is no writer');
});

test('Assad al Zoubi is never Bashar al-Assad; two people with one surname stay two', () => {
  const text = 'Bashar al-Assad ruled. Assad al Zoubi, head of the delegation, may resign. Zoubi said so. John Smith and Mary Smith met.';
  const r = link(text, [['Bashar al-Assad', 'person'], ['Assad al Zoubi', 'person'], ['Zoubi', 'person'], ['John Smith', 'person'], ['Mary Smith', 'person']]);
  assert.equal(r.nameOf('Zoubi'), 'Assad al Zoubi');
  assert.notEqual(r.mentions.find((m) => m.text === 'Assad al Zoubi')!.local, r.mentions.find((m) => m.text === 'Bashar al-Assad')!.local);
  assert.notEqual(r.mentions.find((m) => m.text === 'John Smith')!.local, r.mentions.find((m) => m.text === 'Mary Smith')!.local);
});

test('acronyms in parentheses, translations in parentheses and "the Observatory"', () => {
  const text =
    'He left the High Negotiations Committee (HNC) on Friday. The HNC said nothing. Jaysh al-Islam (Army of Islam) fights on. The Syrian Observatory for Human Rights counted the dead, the Observatory said.';
  const r = link(text, [
    ['High Negotiations Committee', 'organization'],
    ['HNC', 'organization'],
    ['HNC', 'organization'],
    ['Jaysh al-Islam', 'organization'],
    ['Army of Islam', 'organization'],
    ['Syrian Observatory for Human Rights', 'organization'],
  ]);
  const hnc = r.entities.find((e) => e.name === 'High Negotiations Committee')!;
  assert.equal(hnc.mentions.length, 3);
  assert.deepEqual(hnc.aliases, ['High Negotiations Committee', 'HNC']);
  assert.equal(r.nameOf('Army of Islam'), 'Jaysh al-Islam');
  const observatory = r.mentions.find((m) => m.text === 'Observatory');
  assert.ok(observatory, '"the Observatory" is a mention');
  assert.equal(r.entities[observatory.local].name, 'Syrian Observatory for Human Rights');
});

test('a surname the recogniser missed is still a mention of the person named in full', () => {
  const text = 'Lead Negotiator Alloush Quits\n\nMohammed Alloush resigned on Sunday.';
  const r = link(text, [['Mohammed Alloush', 'person']]);
  const headline = r.mentions.find((m) => m.start === text.indexOf('Alloush'));
  assert.ok(headline, 'the headline surname is a mention');
  assert.equal(r.entities[headline.local].name, 'Mohammed Alloush');
  // Regression: added mentions must not leave the linker reading past its tables.
  assert.doesNotThrow(() => link('John Carter Mr. the Observatory Mr. ', [['John Carter', 'person'], ['Observatory', 'organization']]));
});

test('surname spellings that overlap one another give one mention each place', () => {
  const text = 'Tom Smith-Jones spoke. Ann Smith spoke too. Later Smith-Jones and Smith went home.';
  const r = link(text, [['Tom Smith-Jones', 'person'], ['Ann Smith', 'person']]);
  for (let i = 1; i < r.mentions.length; i++) assert.ok(r.mentions[i - 1].end <= r.mentions[i].start, 'sorted and disjoint');
  assert.ok(r.mentions.some((m) => m.text === 'Smith-Jones' && m.start === text.indexOf('Smith-Jones and')));
  assert.equal(r.nameOf('Smith'), 'Ann Smith');
});

test('well-known short names are found where the recogniser passed them over, but not in capitals or modifiers', () => {
  const text = 'THIS IS A HEADLINE\n\nUS-led warplanes hit IS positions, killing 45 IS fighters.';
  const r = link(text, []);
  const is = r.mentions.filter((m) => m.text === 'IS');
  assert.deepEqual(is.map((m) => m.start), [text.indexOf('IS positions'), text.indexOf('IS fighters')]);
  assert.equal(r.entities[is[0].local].type, 'organization');
  assert.ok(!r.mentions.some((m) => m.text === 'US'), '"US-led" is a modifier');
});

test('a name glued to a lower-case prefix is a modifier; a hyphened particle belongs to the surname', () => {
  const text = 'Raqqa offensive begins\n\nTurkey is party to the anti-Daesh coalition. Daesh lost ground. Bashar al-Assad was silent, and the talks without [President] al-Assad failed.';
  const r = link(text, [['Daesh', 'organization'], ['Daesh', 'organization'], ['Bashar al-Assad', 'person'], ['Assad', 'person']]);
  assert.deepEqual(r.mentions.filter((m) => m.text === 'Daesh').map((m) => m.start), [text.indexOf('Daesh lost')], '"anti-Daesh" is not a mention');
  const assad = r.mentions.find((m) => m.start === text.lastIndexOf('al-Assad'));
  assert.equal(assad?.text, 'al-Assad', 'the recogniser saw "Assad"; the mention is "al-Assad"');
  assert.equal(r.nameOf('al-Assad'), 'Bashar al-Assad');
  // The surname found where the recogniser missed it takes its particle too.
  const missed = link('Talks fail\n\nBashar al-Assad spoke. Later al-Assad left.', [['Bashar al-Assad', 'person']]);
  assert.ok(missed.mentions.some((m) => m.text === 'al-Assad'));
  // A particle the recogniser put into the name before stays there: mentions never overlap (found by fuzzing).
  const glued = 'Jaysh al-Islam \n John Carter Jaysh al-Islam 2016-05-31 ';
  const g = link(glued, [['Jaysh al-Islam', 'person'], ['John Carter Jaysh al', 'person']]);
  g.mentions.forEach((m, i) => assert.ok(i === 0 || g.mentions[i - 1].end <= m.start, `${m.text} overlaps the mention before`));
});

test('"the Observatory" recognised alone still refers to the organisation it heads; an acronym restores a first word the recogniser cut', () => {
  const text = 'Raids near Raqqa\n\nThe Syrian Observatory for Human Rights counted the dead. Later the Observatory said 45 died. The opposition-rebel High Negotiations Committee met; the HNC warned.';
  const r = link(text, [['Syrian Observatory for Human Rights', 'organization'], ['Observatory', 'organization'], ['Negotiations Committee', 'organization'], ['HNC', 'organization']]);
  assert.equal(r.nameOf('Observatory'), 'Syrian Observatory for Human Rights');
  assert.ok(r.mentions.some((m) => m.text === 'High Negotiations Committee'));
});

test('a month named as a date is not a name; "May" speaking still is', () => {
  const text = 'Aid deadline passes\n\nThe sides agreed to airdrop aid by June 1. Talks resume in May. May said the deadline would hold.';
  const r = link(text, [['June', 'person'], ['May', 'person'], ['May', 'person']]);
  assert.deepEqual(r.mentions.map((m) => [m.text, m.start]), [['May', text.lastIndexOf('May said')]]);
});

test('spelling keys: Ukrainian and Russian romanisations agree, English names keep their "h"', () => {
  assert.equal(nameKey('Vadym Hrytsak', true), nameKey('Vadim Gritsak', true));
  assert.notEqual(nameKey('Vadym Horbenko', true), nameKey('Vadim Gorbenko', true), 'an initial "H" before a vowel may be English (Hill, Gill): left apart');
  assert.equal(nameKey('Oleh Hnatyuk', true), nameKey('Oleg Gnatyuk', true));
  assert.equal(nameKey('Denys Voloshyn', true), nameKey('Denis Voloshin', true));
  assert.equal(nameKey('Andriy Kovalchuk', true), nameKey('Andrei Kovalchuk', true));
  assert.equal(foldWord('oleksiy'), foldWord('olexiy'));
  assert.equal(nameKey('Ivo Šťastný', true), nameKey('Ivo Stastny', true), 'diacritics and their absence');
  assert.equal(nameKey('Sigrún Þorvaldsdóttir', true), nameKey('Sigrun Thorvaldsdottir', true), 'Icelandic þ written "th" in ASCII');
  assert.equal(nameKey('Ægir Sæmundsson', true), nameKey('Aegir Saemundsson', true), 'æ written "ae"');
  assert.equal(nameKey('Jörg Weißhaupt', true), nameKey('Jorg Weisshaupt', true), 'ß written "ss"');
  assert.notEqual(foldWord('shaw'), foldWord('sgaw'), '"sh" stays a digraph');
  assert.notEqual(foldWord('hill'), foldWord('gill'), 'an English initial "H" before a vowel stays');
});

test('name cores: middle initials, corporate suffixes and club initials do not tell names apart', () => {
  assert.equal(nameKey('Harold J. Fenwick', true), nameKey('Harold Fenwick', true));
  assert.deepEqual(coreWords('Brantley Corp.'), ['brantley']);
  assert.deepEqual(coreWords('Ostrova Agro Holding'), ['ostrova', 'agro']);
  assert.deepEqual(coreWords('Delmar Systems Inc'), ['delmar', 'systems']);
  assert.deepEqual(coreWords('FK Jiskra Hradec'), ['jiskra', 'hradec']);
  assert.deepEqual(coreWords('FC Lomnice'), ['fc', 'lomnice'], 'a club named after a town keeps its initials: "Lomnice" is the town');
  assert.equal(nameKey('Lipany Rovers Football Club', false), nameKey('Lipany Rovers FC', false));
  assert.notEqual(nameKey('Lipany Rovers FC', false), nameKey('Lipany Rovers', false), 'a club named after a place keeps its trailing initials');
  assert.equal(nameKey('Republic of Valmora', false), nameKey('Valmora', false), "a country's formal name");
  assert.notEqual(nameKey('Czech Republic', false), nameKey('Czech', false));
});

test('a first name or a club without its second word is the fuller name; a town, a court and a nationality are not', () => {
  const text = 'Zdenka Dvořáková joined Slavoj Lipany on Monday. Zdenka said so. Slavoj Lipany fans cheered; Lipany, the town, was quiet. Czech fans came. Dolany District Court sat in Dolany.';
  const r = link(text, [
    ['Zdenka Dvořáková', 'person'],
    ['Slavoj Lipany', 'person'],
    ['Zdenka', 'place'],
    ['Slavoj Lipany', 'organization'],
    ['Lipany', 'place'],
    ['Czech', 'group'],
    ['Dolany District Court', 'organization'],
    ['Dolany', 'place'],
  ]);
  assert.equal(r.nameOf('Zdenka'), 'Zdenka Dvořáková');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Zdenka')!.local].type, 'person');
  assert.equal(r.nameOf('Lipany'), 'Lipany', 'the town a club is named after, even when the club was taken for a person');
  assert.equal(r.nameOf('Czech'), 'Czech');
  assert.equal(r.nameOf('Dolany'), 'Dolany');
  // The recogniser takes a club's short form for a person ("Kelbrook scored twice"), a town alone for a place.
  const short = link('Kelbrook Athletic won. Kelbrook scored twice. Kelbrook TV filmed it.', [['Kelbrook Athletic', 'organization'], ['Kelbrook', 'person'], ['Kelbrook TV', 'organization']]);
  assert.equal(short.nameOf('Kelbrook'), 'Kelbrook Athletic', 'the club named first, not the channel named after it');
});

test('a town alone stays the town beside the newspaper, club or party named after it', () => {
  const text =
    'THE MARROWBY COURIER\nServing Marrowby since 1890\n\nFloods hit Marrowby. Marrowby Rovers postponed their match, and 300 people in Marrowby slept in the school. Follow the Marrowby Courier for updates.\n\nMarrowby Courier is on Facebook and X.';
  const r = link(text, [
    ['MARROWBY COURIER', 'organization'],
    ['Marrowby', 'place'],
    ['Marrowby', 'place'],
    ['Marrowby Rovers', 'organization'],
    ['Marrowby', 'place'],
    ['Marrowby Courier', 'organization'],
    ['Marrowby', 'place'],
  ]);
  const town = r.mentions.filter((m) => m.text === 'Marrowby');
  assert.equal(town.length, 3);
  for (const m of town) assert.equal(r.entities[m.local].name, 'Marrowby');
  assert.equal(r.entities[town[0].local].type, 'place');
  assert.equal(r.nameOf('Marrowby Rovers'), 'Marrowby Rovers');
  const paper = r.mentions.filter((m) => m.text === 'Marrowby Courier');
  assert.equal(paper.length, 2, 'the footer\'s "Marrowby" the recogniser cut from the paper\'s name is the paper');
  for (const m of paper) assert.equal(r.entities[m.local].name, 'Marrowby Courier');
  const once = link('Pellworth Forward won the vote. Voters in Pellworth were tired.', [['Pellworth Forward', 'organization'], ['Pellworth', 'place']]);
  assert.equal(once.nameOf('Pellworth'), 'Pellworth', 'a party named after its town');
  // Sports writing calls a club by its town, whatever the recogniser types it; "in" or "of" the town is the town.
  const club = link('Dunmarsh Athletic won. Fans in Dunmarsh cheered. The offer from Dunmarsh was the highest.', [['Dunmarsh Athletic', 'organization'], ['Dunmarsh', 'place'], ['Dunmarsh', 'place']]);
  const lone = club.mentions.filter((m) => m.text === 'Dunmarsh');
  assert.equal(club.entities[lone[0].local].name, 'Dunmarsh', 'fans in the town');
  assert.equal(club.entities[lone[1].local].name, 'Dunmarsh Athletic', 'the offer from the club');
});

test('a relative with the same surname: the bare surname is the other person, "senior" is the relative', () => {
  const text = 'Novák is not for sale, says the club. His father, Jiří Novák, coached the youth team. "He will decide," Novák senior said. Novák scored 11 goals.';
  const r = link(text, [['Novák', 'person'], ['Jiří Novák', 'person'], ['Novák', 'person'], ['Novák', 'person']]);
  const father = r.entities.find((e) => e.name === 'Jiří Novák')!;
  const novak = r.mentions.filter((m) => m.text === 'Novák');
  assert.equal(novak.length, 3);
  assert.equal(novak[1].local, r.mentions.find((m) => m.text === 'Jiří Novák')!.local, '"Novák senior" is the father');
  assert.notEqual(novak[0].local, novak[1].local);
  assert.equal(novak[0].local, novak[2].local);
  assert.equal(father.mentions.length, 2);
});

test('"Blair\'s Tory critics" names Blair; "the Anti-Terrorism Bill" is not a person', () => {
  const text = "Tony Pell's Tory critics spoke. The Anti-Terrorism Bill passed. The Education Bill failed. Bill Hanley voted.";
  const r = link(text, [["Tony Pell's Tory", 'person'], ['Anti-Terrorism Bill', 'person'], ['Education Bill', 'person'], ['Bill Hanley', 'person']]);
  assert.ok(r.mentions.some((m) => m.text === 'Tony Pell'));
  assert.ok(!r.mentions.some((m) => /Tory/.test(m.text)));
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Anti-Terrorism Bill')!.local].type, 'other');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Education Bill')!.local].type, 'other');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Bill Hanley')!.local].type, 'person');
});

test('a nickname the article introduces is the person named before it', () => {
  const text = 'Ivi is coming!\n\nWinger Ivan Dvorský joined on Monday. The fans call him Ivi, and it will stick. Ivi scored twice.\n\nThe village known as Lhota cheered.';
  const r = link(text, [['Ivan Dvorský', 'person'], ['Ivi', 'person'], ['Lhota', 'place']]);
  const ivi = r.mentions.filter((m) => m.text === 'Ivi');
  assert.equal(ivi.length, 3, 'the headline, the introduction and the later use');
  for (const m of ivi) assert.equal(r.entities[m.local].name, 'Ivan Dvorský');
  assert.equal(r.nameOf('Lhota'), 'Lhota');
  const nicknamed = link('Petr Hašek, nicknamed Hašík by his teammates, scored.', [['Petr Hašek', 'person']]);
  assert.equal(nicknamed.nameOf('Hašík'), 'Petr Hašek');
});

test('"the Ministry" after "Ministry of Water and Forests"; two people with one surname and a company named after one stay apart', () => {
  const text =
    'The Ministry of Water and Forests said on Monday that Water Minister Karim Haddad would visit. Dr Samira Haddad, no relation, runs the clinic. "We are full," Dr Haddad said. The Ministry did not reply. Haddad Agro, the grain trader, was fined.';
  const r = link(text, [
    ['Ministry of Water and Forests', 'organization'],
    ['Karim Haddad', 'person'],
    ['Samira Haddad', 'person'],
    ['Haddad', 'person'],
    ['Haddad Agro', 'organization'],
  ]);
  const ministry = r.mentions.filter((m) => m.text === 'Ministry');
  assert.equal(ministry.length, 1);
  assert.equal(r.entities[ministry[0].local].name, 'Ministry of Water and Forests');
  assert.equal(r.nameOf('Haddad'), 'Samira Haddad', '"Dr Haddad" after "Dr Samira Haddad, no relation"');
  assert.notEqual(r.nameOf('Karim Haddad'), r.nameOf('Samira Haddad'));
  assert.equal(r.nameOf('Haddad Agro'), 'Haddad Agro');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Haddad Agro')!.local].type, 'organization');
});

test('a bare surname with a title is the person the article gave that title, and a surname taken for a place is the candidate', () => {
  const text =
    'The case will be heard by Judge Ifeanyi Okonkwo, who is no relation of the candidate, Ngozi Okonkwo. Ngozi Okonkwo said she trusted the court. Judge Okonkwo can order a recount. Okonkwo, 51, thanked her voters.';
  const r = link(text, [
    ['Ifeanyi Okonkwo', 'person'],
    ['Ngozi Okonkwo', 'person'],
    ['Ngozi Okonkwo', 'person'],
    ['Okonkwo', 'person'],
    ['Okonkwo', 'place'],
  ]);
  const bare = r.mentions.filter((m) => m.text === 'Okonkwo');
  assert.equal(r.entities[bare[0].local].name, 'Ifeanyi Okonkwo', '"Judge Okonkwo"');
  assert.equal(r.entities[bare[1].local].name, 'Ngozi Okonkwo', 'the surname alone, taken for a place, is the nearest person');
  assert.equal(r.entities[bare[1].local].type, 'person');
  const votes = link('Ngozi Okonkwo lost narrowly. The count gave 4,100 votes for Okonkwo and 4,180 for her rival.', [['Ngozi Okonkwo', 'person'], ['Okonkwo', 'place']]);
  assert.equal(votes.nameOf('Okonkwo'), 'Ngozi Okonkwo');
});

test('a city of two words taken for a person is a place where the article writes it as one; a person with a title stays a person', () => {
  const text = 'Turnout in Port Vessel was low. The Mayor of Port Vessel, Mr Alan Brook, voted early. Alan Brook won; confidence in Alan Brook held.';
  const r = link(text, [['Port Vessel', 'person'], ['Port Vessel', 'person'], ['Alan Brook', 'person'], ['Alan Brook', 'person'], ['Alan Brook', 'person']]);
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Port Vessel')!.local].type, 'place');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Alan Brook')!.local].type, 'person');
  const once = link('Confidence in Lena Corrigan was high. Lena Corrigan spoke.', [['Lena Corrigan', 'person'], ['Lena Corrigan', 'person']]);
  assert.equal(once.entities[once.mentions[0].local].type, 'person', 'one "in" is not enough');
});

test('a footer\'s social networks and a radio frequency are not part of a name; a first or last word decides a type', () => {
  const text =
    'RADIO KELLMOOR 101.4 FM\n\nFlooding on the River Kell closed Calle Ancha. Kellmoor Builders blamed the rain, Radio Kellmoor reported.\n\nFollow the Courier on Facebook, Instagram and X.';
  const r = link(text, [
    ['RADIO KELLMOOR 101.4 FM', 'organization'],
    ['River Kell', 'person'],
    ['Calle Ancha', 'organization'],
    ['Kellmoor Builders', 'other'],
    ['Radio Kellmoor', 'person'],
    ['Courier on Facebook, Instagram and X', 'organization'],
  ]);
  assert.ok(r.mentions.some((m) => m.text === 'RADIO KELLMOOR'));
  assert.equal(r.nameOf('RADIO KELLMOOR'), r.nameOf('Radio Kellmoor'));
  assert.ok(r.mentions.some((m) => m.text === 'Courier'));
  const typeOf = (t: string) => r.entities[r.mentions.find((m) => m.text === t)!.local].type;
  assert.equal(typeOf('River Kell'), 'place');
  assert.equal(typeOf('Calle Ancha'), 'place');
  assert.equal(typeOf('Kellmoor Builders'), 'organization');
  assert.equal(typeOf('Radio Kellmoor'), 'organization');
  const river = link('Dead fish were found in the River Kell on Monday. Kell levels fell, and the Kell was clear by Friday.', [['River Kell', 'person'], ['Kell', 'person'], ['Kell', 'place']]);
  const kell = river.mentions.filter((m) => m.text === 'Kell');
  assert.equal(kell.length, 2);
  for (const m of kell) assert.equal(river.entities[m.local].name, 'River Kell', 'the river\'s name alone');
  assert.equal(river.entities[kell[0].local].type, 'place');
});

test('"the Commission" after a commission\'s name and its masthead qualified by the city', () => {
  const text =
    'ELECTORAL COMMISSION OF PORT ALDER\n\nThe Electoral Commission (EC) published the count. The Commission said turnout was 41 percent. "We have no doubts," the Chair of the Commission, Rosa Keane, said.';
  const r = link(text, [['ELECTORAL COMMISSION OF PORT ALDER', 'organization'], ['Electoral Commission', 'organization'], ['EC', 'organization'], ['Chair of the Commission', 'organization'], ['Rosa Keane', 'person']]);
  assert.ok(!r.mentions.some((m) => m.text === 'Chair of the Commission'), 'a role, not a name');
  const the = r.mentions.filter((m) => m.text === 'Commission');
  assert.equal(the.length, 2);
  assert.equal(r.entities[the[1].local].name, 'Electoral Commission');
  assert.equal(r.entities[the[0].local].name, 'Electoral Commission');
});

test('"the minister" is the person the article names as minister, before or after', () => {
  const text =
    'Valmora\'s health minister on Thursday denied the claims. "Nothing was hidden," the minister said.\n\nHealth Minister Karim Haddad, a former surgeon, spoke in Ostrov. Later the health minister left. The coach stayed.';
  const r = link(text, [['Karim Haddad', 'person']]);
  const roles = r.mentions.filter((m) => /minister/.test(m.text));
  assert.deepEqual(roles.map((m) => m.text), ['minister', 'health minister']);
  for (const m of roles) assert.equal(r.entities[m.local].name, 'Karim Haddad');
  assert.equal(r.entities.find((e) => e.name === 'Karim Haddad')!.mentions.length, 3);
  assert.ok(!r.mentions.some((m) => m.text === 'coach'), 'an office nobody here holds by name');
  const two = link('Karim Haddad, the health minister, met Lena Brandt, the finance minister. The minister left. The finance minister stayed.', [['Karim Haddad', 'person'], ['Lena Brandt', 'person']]);
  assert.deepEqual(two.mentions.filter((m) => /minister/.test(m.text)).map((m) => [m.text, two.entities[m.local].name]), [['finance minister', 'Lena Brandt']], '"the minister" of two is neither');
});

test('a namesake introduced as "no relation" is meant by the bare surname only with the title he was introduced with', () => {
  const text =
    'Eva Horak, the former finance director, testified on Monday. On the same day, Ivan Horak, a warehouse manager who is no relation to the defendant, told the court the books were changed. The defence says Horak\'s testimony is the price of her plea deal. Dr Pavel Kral, no relation to anyone, spoke. Later Dr Kral left.';
  const r = link(text, [['Eva Horak', 'person'], ['Ivan Horak', 'person'], ['Horak', 'person'], ['Pavel Kral', 'person'], ['Kral', 'person']]);
  assert.equal(r.nameOf('Horak'), 'Eva Horak', 'the bare surname after the namesake is the person first named');
  assert.notEqual(r.nameOf('Ivan Horak'), 'Eva Horak');
  assert.equal(r.nameOf('Kral'), 'Pavel Kral', 'no one else has the surname');
});

test('a place alone is the place, not the newspaper named after it', () => {
  const text = 'VARNIA TODAY\n\nCourt hears grain case\n\nThe founder of one of Varnia\'s largest grain traders went on trial. The lawyer told Varnia Today the case was weak. Opinion: Varnia\'s courts are on trial too.';
  const r = link(text, [['VARNIA TODAY', 'organization'], ['Varnia', 'place'], ['Varnia Today', 'organization'], ['Varnia', 'place']]);
  const varnia = r.mentions.filter((m) => m.text === 'Varnia');
  assert.equal(varnia.length, 2);
  for (const m of varnia) assert.equal(r.entities[m.local].name, 'Varnia');
  assert.equal(r.nameOf('Varnia Today'), 'Varnia Today');
});

test('a name the recogniser cut short gets its words back where the article names it whole elsewhere', () => {
  const text = 'The lawyer told Varnia Today that her client was calm. Varnia Today first reported the deal. Varnia is calm.';
  const r = link(text, [['Varnia', 'place'], ['Varnia Today', 'organization'], ['Varnia', 'place']]);
  assert.deepEqual(r.mentions.map((m) => [m.text, r.entities[m.local].name]), [['Varnia Today', 'Varnia Today'], ['Varnia Today', 'Varnia Today'], ['Varnia', 'Varnia']]);
  // The surname looked for again is not a second mention inside the name given back.
  const person = link('Ilse Marrow spoke first. Later Ilse Marrow left.', [['Ilse Marrow', 'person'], ['Ilse', 'person']]);
  assert.deepEqual(person.mentions.map((m) => m.text), ['Ilse Marrow', 'Ilse Marrow']);
});

test('a company form after a name makes it a company, in every spelling of the article, joined when the recogniser left it apart', () => {
  const text = 'Shares in Brenvik Havbruk ASA rose. Brenvik Havbruk said the bid was fair. Tamura Denki Kaisha made it. Tamura Denki declined to comment. Kessler AG and Smith AS too, known as Havbruk.';
  const { entities, nameOf } = link(text, [
    ['Brenvik Havbruk', 'place'],
    ['ASA', 'organization'],
    ['Brenvik Havbruk', 'person'],
    ['Tamura Denki Kaisha', 'person'],
    ['Tamura Denki', 'person'],
    ['Kessler AG', 'person'],
    ['Smith AS', 'person'],
  ]);
  const type = (name: string) => entities.find((e) => e.name === nameOf(name))!.type;
  assert.equal(nameOf('Brenvik Havbruk ASA'), nameOf('Brenvik Havbruk'));
  assert.equal(type('Brenvik Havbruk'), 'organization');
  assert.ok(!entities.some((e) => e.name === 'ASA'), 'the form is part of the name, not a name of its own');
  assert.equal(type('Tamura Denki'), 'organization');
  assert.equal(type('Kessler AG'), 'organization');
  assert.equal(type('Smith AS'), 'organization', 'a two-letter form in capitals');
});

test('two names paired by a dash in a headline are two names; a double given name keeps its first half', () => {
  const text = 'Pellam–Ostry: what the buyer gets\nPellam Marine bid for Ostry Foods. Union delegate Lars-Ove Brekke and Pro-Valdes marchers disagreed. Brekke voted no.';
  const { entities, nameOf } = link(text, [
    ['Pellam–Ostry', 'organization'],
    ['Pellam Marine', 'organization'],
    ['Ostry Foods', 'organization'],
    ['Ove Brekke', 'person'],
    ['Valdes', 'person'],
    ['Brekke', 'person'],
  ]);
  assert.ok(!entities.some((e) => e.aliases.includes('Pellam–Ostry')));
  assert.equal(nameOf('Pellam'), 'Pellam Marine');
  assert.equal(nameOf('Ostry'), 'Ostry Foods');
  assert.equal(nameOf('Brekke'), 'Lars-Ove Brekke');
  assert.equal(nameOf('Valdes'), 'Valdes', 'a capitalised prefix is no given name');
});

test('nicknames introduced in a relative clause, in quotation marks of several words, before their cue or in brackets', () => {
  const text =
    'Dockers cheer Radu Ionescu\n\nRadu Ionescu, the leader of the dockers, whom the crane drivers call "El Lobo", spoke first. Later, "El Lobo" was cheered again.\n\n' +
    'Marta Sundgren, 79, who is known along the coast as "the Iron Widow", sold her stake. The Iron Widow did not comment.\n\n' +
    'Councillor Pavel Hruby ("Big Pavel" on the council floor) voted no. Big Pavel left early.\n\n' +
    'Dana Voss arrived at noon. "Captain Calm", as her crew call her, waved.\n\n' +
    'Her firm sells a scanner dubbed Lumo. Ivo Ban, a former goalkeeper, spoke; at school he was known as "Spider".';
  const r = link(text, [
    ['Radu Ionescu', 'person'],
    ['Radu Ionescu', 'person'],
    ['El Lobo', 'organization'],
    ['Marta Sundgren', 'person'],
    ['Iron Widow', 'organization'],
    ['Pavel Hruby', 'person'],
    ['Big Pavel', 'person'],
    ['Dana Voss', 'person'],
    ['Lumo', 'organization'],
    ['Ivo Ban', 'person'],
  ]);
  for (const m of r.mentions.filter((x) => x.text === 'El Lobo')) assert.equal(r.entities[m.local].name, 'Radu Ionescu');
  assert.equal(r.mentions.filter((x) => x.text === 'El Lobo').length, 2);
  assert.equal(r.nameOf('Iron Widow'), 'Marta Sundgren');
  assert.equal(r.nameOf('Big Pavel'), 'Pavel Hruby');
  assert.equal(r.nameOf('Captain Calm'), 'Dana Voss');
  assert.equal(r.nameOf('Lumo'), 'Lumo', 'a thing dubbed so is no one’s nickname');
  assert.equal(r.nameOf('Spider'), 'Ivo Ban', '"he was known as" is the person spoken of');
});

test('Malay and Indonesian honorifics are no part of a name; "Pak" only before a given name alone', () => {
  const hendra = link('Pak Hendra told the crowd the strike would go on. Hendra bin Yusof Rahmat leads the guild.', [['Pak Hendra', 'person'], ['Hendra bin Yusof Rahmat', 'person']]);
  assert.equal(hendra.nameOf('Hendra'), 'Hendra bin Yusof Rahmat');
  assert.equal(link('Datuk Seri Fauzi Harun opened the bridge.', [['Datuk Seri Fauzi Harun', 'person']]).entities[0].name, 'Fauzi Harun');
  assert.equal(link('Pak Chol-min met the envoy.', [['Pak Chol-min', 'person']]).entities[0].name, 'Pak Chol-min', 'a Korean surname before a hyphenated given name');
});

test('a nickname inside a name is no part of its key, and the name without it is the one shown', () => {
  assert.equal(nameKey('Torvald "Tovo" Rennick', true), nameKey('Torvald Rennick', true));
  assert.equal(nameKey('Jamal “The Hammer” Okorafor', true), nameKey('Jamal Okorafor', true));
  assert.deepEqual(rankSpellings(new Map([['Torvald "Tovo" Rennick', 1], ['Torvald Rennick', 1]]))[0], 'Torvald Rennick');
});

test('lower-case particles written apart before a surname belong to the name: "delos", "van der", "de la"', () => {
  // The recogniser sees only the capitalised words.
  const r = link(
    'Gov. Ramil delos Angeles asked for an inquiry. "Nobody should swim," delos Angeles said. Marit van der Holst and Juan de la Paloma came too. Later de la Paloma left.',
    [['Ramil', 'person'], ['Angeles', 'person'], ['Angeles', 'person'], ['Marit', 'person'], ['Holst', 'person'], ['Juan', 'person'], ['Paloma', 'person'], ['Paloma', 'person']],
  );
  assert.equal(r.nameOf('delos Angeles'), 'Ramil delos Angeles');
  assert.equal(r.nameOf('Marit van der Holst'), 'Marit van der Holst');
  assert.equal(r.nameOf('de la Paloma'), 'Juan de la Paloma');
  // Not an English word before a name: "at", "do", "the".
  const plain = link('Ministers met at Holst and asked how do Angeles voters feel.', [['Holst', 'person'], ['Angeles', 'person']]);
  assert.equal(plain.nameOf('Holst'), 'Holst');
  assert.equal(plain.nameOf('Angeles'), 'Angeles');
});

test('a broadcaster named by its medium in another language is an organisation; naval and army ranks are titles', () => {
  // The recogniser took the station for a person and the rank into the name.
  const r = link('Commodore Danilo Hermosa said the ship drifted. Hermosa spoke to Radyo Bantay on Monday. Radyo Bantay aired it.', [
    ['Commodore Danilo Hermosa', 'person'],
    ['Hermosa', 'person'],
    ['Radyo Bantay', 'person'],
    ['Radyo Bantay', 'person'],
  ]);
  assert.equal(r.nameOf('Hermosa'), 'Danilo Hermosa');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Radyo Bantay')!.local].type, 'organization');
});

test('a full name the recogniser ran on into where the person works ("X of the Y hospital") is the name alone', () => {
  const r = link('Professor Grazyna Wilczek-Boruta of the Lubowo hospital said the board acted quickly. Wilczek-Boruta spoke later. Catherine of Aragon was a queen.', [
    ['Grazyna Wilczek-Boruta of the Lubowo', 'person'],
    ['Wilczek-Boruta', 'person'],
    ['Catherine of Aragon', 'person'],
  ]);
  assert.equal(r.nameOf('Wilczek-Boruta'), 'Grazyna Wilczek-Boruta');
  assert.ok(r.mentions.some((m) => m.text === 'Grazyna Wilczek-Boruta'));
  // One word before "of" is a name of its own kind.
  assert.ok(r.mentions.some((m) => m.text === 'Catherine of Aragon'));
});

test('a name the article describes as an organisation is one wherever the recogniser typed it otherwise', () => {
  const text = [
    'Pilots at Velantra walked out on Monday. Velantra, the national carrier, cancelled 140 flights.',
    'The mining company, Kesterlund Maden, closed its shafts. Kesterlund Maden employs 2,000 people.',
    "Brisoll's chief executive, Odile Maras, said talks would resume. Brisoll had warned of losses.",
    'His old label, the Corvane Record Company, Ilse Dunmore, and two other artists sued.',
  ].join('\n\n');
  const { entities } = linkInArticle(
    text,
    spansInOrder(text, [
      ['Velantra', 'place'],
      ['Velantra', 'place'],
      ['Kesterlund Maden', 'person'],
      ['Kesterlund Maden', 'person'],
      ['Brisoll', 'person'],
      ['Odile Maras', 'person'],
      ['Brisoll', 'place'],
      ['Corvane Record Company', 'organization'],
      ['Ilse Dunmore', 'person'],
    ]),
    [],
  );
  const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
  assert.equal(typeOf('Velantra'), 'organization', 'an apposition after the name');
  assert.equal(typeOf('Kesterlund Maden'), 'organization', 'an apposition before the name');
  assert.equal(typeOf('Brisoll'), 'organization', 'what only an organisation has');
  assert.equal(typeOf('Odile Maras'), 'person');
  assert.equal(typeOf('Ilse Dunmore'), 'person', 'a capitalised company name before the comma describes no one');
});
