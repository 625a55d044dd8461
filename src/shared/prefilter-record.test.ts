import { describe, expect, it } from 'vitest';
import { PREFILTER_FORMAT, type PrefilterSpec } from '../text/prefilter';
import { prefilterFor } from './prefilter-record';

const spec: PrefilterSpec = { before: [['´', "'"]], ignorable: '[\\u200b]', expand: [['ß', 'ss']], parts: [{ source: 'africom', needs: null }], spacing: '[ ]' };
const record = (over: Record<string, unknown> = {}) => ({ format: PREFILTER_FORMAT, version: '1.2.3', token: 'abc', spec, ...over });

describe('prefilterFor', () => {
  it('returns the spec of a record built by this version under the stored glossary token', () => {
    expect(prefilterFor(record(), '1.2.3', 'abc')).toEqual(spec);
    // No glossary token stored (never written) fits a record built without one.
    expect(prefilterFor(record({ token: null }), '1.2.3', undefined)).toEqual(spec);
  });

  it('refuses a stale record: another version, another glossary token, another format', () => {
    expect(prefilterFor(record(), '1.2.4', 'abc')).toBeNull();
    expect(prefilterFor(record(), '1.2.3', 'new-token')).toBeNull();
    expect(prefilterFor(record({ token: null }), '1.2.3', 'abc')).toBeNull();
    expect(prefilterFor(record({ format: PREFILTER_FORMAT + 1 }), '1.2.3', 'abc')).toBeNull();
  });

  it('refuses anything malformed instead of throwing', () => {
    for (const bad of [undefined, null, 'x', 42, [], { ...record(), spec: null }, { ...record(), spec: { ...spec, parts: [{ source: 1, needs: null }] } }, { ...record(), spec: { ...spec, parts: [] } },
      { ...record(), spec: { ...spec, spacing: 3 } }, { ...record(), spec: { ...spec, expand: [['a']] } }, { ...record(), spec: { ...spec, before: 'x' } }]) {
      expect(prefilterFor(bad, '1.2.3', 'abc')).toBeNull();
    }
  });
});
