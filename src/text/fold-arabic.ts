/**
 * Arabic-script folding: the spelling variation Arabic news shows for one name.
 * Hamza carriers and wasla collapse to bare alef, alef maqsura and Persian yeh to yeh, teh
 * marbuta to heh, Persian/Urdu look-alikes to their Arabic letters, Eastern digits to ASCII.
 * Tashkeel needs no rule here: it is a combining mark and the normaliser drops all marks.
 */

export const ALEF = 0x0627;
export const MEEM = 0x0645;
export const YEH = 0x064a;
export const REH = 0x0631;
export const KAF = 0x0643;
const TATWEEL = 0x0640;

const MAP: Record<number, string> = {
  0x0622: 'ا',
  0x0623: 'ا',
  0x0625: 'ا',
  0x0671: 'ا',
  0x0672: 'ا',
  0x0673: 'ا', // آ أ إ ٱ
  0x0649: 'ي',
  0x06cc: 'ي',
  0x0626: 'ي',
  0x06d0: 'ي', // ى ی ئ ې
  0x0624: 'و', // ؤ
  0x0629: 'ه',
  0x06c0: 'ه',
  0x06c1: 'ه',
  0x06be: 'ه',
  0x06d5: 'ه', // ة ۀ ہ ھ ە
  0x06a9: 'ك',
  0x06aa: 'ك', // ک ڪ
  // Letters used only for the foreign "g": fold to غ; aliases also get ج/ق variants (g-variants.ts).
  0x06af: 'غ',
  0x06ad: 'غ',
  0x06a8: 'غ', // گ ڭ ڨ
  0x06a4: 'ف', // ڤ (v)
  0x067e: 'ب', // پ (p)
  0x060c: ',',
  0x061b: ';',
  0x061f: '?',
  0x066a: '%',
  0x066b: '.',
  0x066c: ',',
};

export function foldArabicChar(c: number): string | undefined {
  if (c === TATWEEL) return '';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0);
  return MAP[c];
}

/** Arabic letters (after folding) that can start a word; used by the boundary rules. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff)
  );
}
