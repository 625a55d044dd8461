// @vitest-environment happy-dom
/** The runs a walk reads: what the engine is given of the page's text. */
import { afterEach, describe, expect, it } from 'vitest';
import { TextWalk, type Run } from './collect-text';

function runsOf(root: Node): Run[] {
  const out: Run[] = [];
  const walk = new TextWalk(root, () => false);
  while (walk.read(out, 1000));
  return out;
}

afterEach(() => document.body.replaceChildren());

describe('TextWalk', () => {
  it("joins a block's inline pieces into one run", () => {
    const p = document.createElement('p');
    p.append('US ', Object.assign(document.createElement('b'), { textContent: 'AFRI' }), 'COM said');
    document.body.append(p);
    const [run] = runsOf(document.body);
    expect(run?.joined.text).toBe('US AFRICOM said');
    expect(run?.joined.starts).toEqual([0, 3, 7, 15]);
  });

  it("keeps each node's own text, line breaks included, so a node changed since it was read can be told", () => {
    const p = document.createElement('p');
    p.append('au maroc (rabat)\nMonday\r\n', Object.assign(document.createElement('em'), { textContent: 'TOW' }));
    document.body.append(p);
    const [run] = runsOf(document.body);
    expect(run?.joined.text).toBe('au maroc (rabat)\nMonday\r\nTOW');
    expect(run?.joined.starts).toEqual([0, 25, 28]);
  });
});
