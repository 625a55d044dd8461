/**
 * fix23a class 2: the US recognition written with its agent between the noun and its object (fr-lex22-056:
 * « la reconnaissance par l'administration Trump de la souveraineté du Maroc sur le Sahara »; "the
 * recognition by Washington of Morocco's claim to Western Sahara"): one name, the names inside it its own
 * (sovereignty-forms.ts: byTheUs). Another agent (par l'Espagne, by France) is no US recognition, and the
 * names in it count.
 */
import { describe, expect, it } from 'vitest';
import { pageIds } from './bundled-test-pack';

describe('bundled pack: the US recognition with its agent', () => {
  it('is one name with the US as its agent', () => {
    expect(
      pageIds(
        "Trois ans après la reconnaissance par l'administration Trump de la souveraineté du Maroc sur le Sahara, aucun consulat n'a ouvert.",
      ),
    ).toEqual(['us-recognition-western-sahara']);
    expect(
      pageIds("The recognition by Washington of Morocco's claim to Western Sahara broke with decades of policy."),
    ).toEqual(['us-recognition-western-sahara']);
    expect(
      pageIds(
        'Critics called the recognition by President Trump of Moroccan sovereignty over the Western Sahara a transaction.',
      ),
    ).toEqual(['us-recognition-western-sahara']);
  });

  it('not with another agent, nor with another object', () => {
    expect(
      pageIds("La reconnaissance par l'Espagne de la souveraineté du Maroc sur le Sahara n'a jamais eu lieu."),
    ).toEqual(['morocco', 'western-sahara']);
    expect(pageIds("The recognition by France of Morocco's claim to Western Sahara angered Algeria.")).toEqual([
      'morocco',
      'western-sahara',
      'algeria',
    ]);
    expect(pageIds('The recognition by the United States of the independence of Kosovo came in 2008.')).toEqual([
      'united-states',
    ]);
  });
});
