/**
 * A line of the country table split into its fields, empty forms dropped. The table (country-table.ts)
 * is compiled data: the matcher's record carries its lines (Compiled.countries), so the page's engine
 * holds no copy of them, and every module that reads countries is given them.
 */
export interface Country {
  code: string;
  enNames: readonly string[];
  enDemonyms: readonly string[];
  frNames: readonly string[];
  frDemonyms: readonly string[];
  arNames: readonly string[];
  /** Other Arabic nisba stems; null for `-` (derive none, not even from the name). */
  arNisbas: readonly string[] | null;
  capitals: readonly string[];
}

/** Lines in the format of COUNTRIES (country-table.ts), parsed; a line without its eight fields is an error. */
export function parseCountries(lines: readonly string[]): Country[] {
  return lines.map((line) => {
    const fields = line.split('|');
    if (fields.length !== 8) throw new Error(`countries: ${fields.length} fields, not 8, in "${line}"`);
    const [code = '', ...forms] = fields;
    const [enNames, enDemonyms, frNames, frDemonyms, arNames, arNisbas, capitals] = forms.map((f) =>
      f.split(',').filter((w) => w.length > 0),
    ) as [string[], string[], string[], string[], string[], string[], string[]];
    return {
      code,
      enNames,
      enDemonyms,
      frNames,
      frDemonyms,
      arNames,
      arNisbas: arNisbas[0] === '-' ? null : arNisbas,
      capitals,
    };
  });
}

/**
 * Arabic broken plurals of demonyms, with the article (الروس، الألمان): the men of a country, which no
 * rule derives from its nisba as it does the sound plurals (البريطانيون، البريطانيين). By country code.
 */
export const AR_BROKEN_PLURALS: Readonly<Record<string, readonly string[]>> = {
  ru: ['الروس'],
  de: ['الألمان'],
  tr: ['الأتراك'],
  gb: ['الإنجليز', 'الإنكليز'],
  es: ['الإسبان'],
};
