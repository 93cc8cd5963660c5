import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveDay } from '../../../server/out/core/days';

test('resolveDay: the latest such weekday on or before the article date', () => {
  assert.equal(resolveDay('Tuesday', '2016-05-31'), '2016-05-31');
  assert.equal(resolveDay('Sunday', '2016-05-31'), '2016-05-29');
  assert.equal(resolveDay('Wednesday', '2016-05-31'), '2016-05-25');
  assert.equal(resolveDay('May 30', '2016-05-31'), '2016-05-30');
  assert.equal(resolveDay('30 May', '2016-05-31'), '2016-05-30');
  assert.equal(resolveDay('yesterday', '2016-03-01'), '2016-02-29');
  assert.equal(resolveDay('February 30', '2016-05-31'), null);
  assert.equal(resolveDay('Sunday', null), null);
});
