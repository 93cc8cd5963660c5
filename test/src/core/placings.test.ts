// Where people or a thing were taken or found, on sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/out/core/analyze';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

const placings = (body: string): string[] => {
  const a = analyze(`Floods hit the valley towns overnight\n\n${body}\n`);
  return a.placings.map((p) => `${p.deed} ${p.thing.startsWith('@') ? a.entities[Number(p.thing.slice(1))].name : p.thing}: ${p.places.join(' + ')}`);
};

test('placings: the passive and the reduced participle, with the place after its preposition', () => {
  const cases: [string, string][] = [
    ['The survivors were taken to the regional hospital in Tarnby, the county town.', 'taken people: Tarnby'],
    ['Four men rescued from the mine overnight have been flown to a clinic in Morsund.', 'taken people: Morsund'],
    ['The emergency ward stayed shut, with patients taken instead to Velham General Hospital.', 'taken people: Velham General Hospital'],
    ['Until further notice, ambulances are being diverted to Orrin Hospital.', 'taken people: Orrin Hospital'],
    ['The flight recorder was taken to the TSIB laboratory in Kerava for analysis.', 'taken recorder: Kerava'],
    ['A car believed to have been used by the robbers was found burned out on Monday morning in Hellby.', 'found car: Hellby'],
    ["The robbers' car was found abandoned on a forest road in Strana, about 12 km away.", 'found car: Strana'],
    ['Two of the climbers were airlifted to Lowick Infirmary and Carrow Hospital.', 'taken people: Lowick Infirmary + Carrow Hospital'],
    ['The bodies of two women were found in their house in Kettle Lane, Tollbury, on Saturday.', 'found body: Kettle Lane + Tollbury'],
    ['Oskar Veltman was taken to Brill Hospital with burns.', 'taken Oskar Veltman: Brill Hospital'],
    ['On Monday night, after the river burst its banks, Oskar Veltman was taken to Brill Hospital.', 'taken Oskar Veltman: Brill Hospital'],
    ['Overnight eleven ambulances were turned away from the emergency ward. They were sent to hospitals in Carrow instead.', 'taken people: Carrow'],
  ];
  for (const [body, want] of cases) assert.deepEqual(placings(body), [want], body);
});

test('placings: none where no one was moved, the subject did it, or the place is a person or a day', () => {
  for (const body of [
    'Petra Lund has flown to Kerava to join the team.', // active: she went
    'The coach has brought in Tomas Rell for the last three games.',
    'At the meeting he admitted to Sara Lind that the report was wrong.',
    'Letters were sent to Kerava and Strana on Monday.', // letters, troops and aid go to several places at once
    'They were taken to hospitals in Tarnby instead.', // a pronoun with no sentence before it
    'The case was taken to court on Monday.', // no name of a place
    'The injured were taken to hospital on Tuesday.',
  ])
    assert.deepEqual(placings(body), [], body);
});
