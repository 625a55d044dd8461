import { describe, expect, it } from 'vitest';
import { definedAs } from './acronym-definition';

const spelled = (text: string, acronym: string): string | null => {
  const span = definedAs(text, acronym);
  return span === null ? null : text.slice(...span);
};

describe('definedAs', () => {
  it('reads the words before a bracketed acronym whose initials spell it (fr-lex26-022)', () => {
    expect(spelled("Créée en 1983, la Force d'action rapide (FAR) regroupait cinq divisions.", 'FAR')).toBe(
      "Force d'action rapide",
    );
    expect(spelled('Contracts follow the Federal Acquisition Regulation (FAR) in full.', 'FAR')).toBe(
      'Federal Acquisition Regulation',
    );
    expect(spelled('À Cuba, les Forces armées révolutionnaires (FAR) défilent.', 'FAR')).toBe(
      'Forces armées révolutionnaires',
    );
    expect(spelled("South Korea's Joint Chiefs of Staff (JCS) said.", 'JCS')).toBe('Joint Chiefs of Staff');
  });
  it('reads the first bracket that spells it, and nothing where no expansion does', () => {
    expect(spelled('The FAR (see below) and the Free Aceh Rebels (FAR).', 'FAR')).toBe('Free Aceh Rebels');
    expect(spelled('United States Africa Command (AFRICOM) said.', 'AFRICOM')).toBe(null);
    expect(spelled('the Tube-launched, Optically Tracked, Wireless-Guided (TOW) missile', 'TOW')).toBe(null);
    expect(spelled('Les militaires marocains (FAR) ont défilé.', 'FAR')).toBe(null);
    expect(spelled('We met them (FAR) later.', 'FAR')).toBe(null);
    expect(spelled('No bracket here: FAR.', 'FAR')).toBe(null);
  });
});

describe('definedAs, the expansion in brackets after the acronym', () => {
  it('reads a bracket that holds the expansion alone', () => {
    expect(spelled('Every bid must follow FAR (Federal Acquisition Regulation) part 15.', 'FAR')).toBe(
      'Federal Acquisition Regulation',
    );
    expect(spelled('Au Rwanda, les FAR (Forces armées rwandaises) reculent.', 'FAR')).toBe('Forces armées rwandaises');
    expect(spelled("La FAR (Force d'action rapide) fut dissoute en 1999.", 'FAR')).toBe("Force d'action rapide");
    expect(spelled('Seoul said the JCS (Joint Chiefs of Staff) tracked the launch.', 'JCS')).toBe(
      'Joint Chiefs of Staff',
    );
  });
  it('takes the earlier of the two forms', () => {
    expect(spelled('FAR (Fuerzas Armadas Revolucionarias), later the Free Aceh Rebels (FAR).', 'FAR')).toBe(
      'Fuerzas Armadas Revolucionarias',
    );
  });
  it('reads nothing when the bracket holds more or other than the expansion, or the acronym is inside a word', () => {
    expect(spelled('The FAR (see below) was cited.', 'FAR')).toBe(null);
    expect(spelled('The FAR (Federal Acquisition Regulation, 2019 edition) applies.', 'FAR')).toBe(null);
    expect(spelled('The FAR (Federal Acquisition Rules of Thumb) applies.', 'FAR')).toBe(null);
    expect(spelled('SAFAR (Federal Acquisition Regulation) is not it.', 'FAR')).toBe(null);
    expect(spelled('The TOW (Tube-launched, Optically-tracked, Wire-guided) missile', 'TOW')).toBe(
      'Tube-launched, Optically-tracked, Wire-guided',
    );
  });
});
