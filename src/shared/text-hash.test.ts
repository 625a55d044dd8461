import { describe, expect, it } from 'vitest';
import { hashText } from './text-hash';

describe('hashText', () => {
  it('differs on small edits', () => {
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
