/**
 * mend23a: the review of fix23a (rev23a) found regressions in four of its classes; these are its cases and
 * the gains kept. A scholar's finding yields to the group's own words in its clause, or in its sentence on a
 * page that named the group (matcher.ts: ownWordsNear; namesakes.ts: findingOf); an ordinary word in lower
 * case is a name only beside a noun of its kind (kind-nouns.ts), so never the adverb "far"; a name in lower
 * case counts on positive evidence, not for want of a veto (matcher.ts), and the navies' « marines », the
 * naval infantry of any navy and the composer sung are common words (name-shape.ts: lowerCaseForm).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

const WG = 'wagner-group';

describe("bundled pack: a scholar's finding beside the group's own words", () => {
  it('is the group where its words are in the clause, or in the sentence once it is named', () => {
    expect(count(WG, 'Analysts favour the hypothesis of Wagner involvement in the Moura massacre in Mali.')).toBe(1);
    expect(count(WG, "The UN report backs the hypothesis of Wagner's presence in Sudan's gold mines.")).toBe(1);
    expect(
      count(WG, "Wagner's paradox: a private army that Moscow both funds and denies, now guarding Mali's junta."),
    ).toBe(1);
    expect(
      count(WG, "Mali: the theorem of Wagner's men is simple, villagers say — whoever helps jihadists dies."),
    ).toBe(1);
    expect(
      count(
        WG,
        "Le groupe Wagner contrôle les mines d'or du nord. À Kidal, c'est la loi de Wagner qui s'applique désormais.",
      ),
    ).toBe(2);
    expect(
      count(
        WG,
        "The Wagner Group runs the mines. In northern Mali, Wagner's law is the only law: summary executions, villagers say.",
      ),
    ).toBe(2);
    expect(
      count(WG, 'مجموعة فاغنر الروسية تسيطر على المناجم. وفي شمال مالي يسود قانون فاغنر: إعدامات بلا محاكمة.'),
    ).toBe(2);
    expect(count(WG, 'انسحبت مجموعة فاغنر من مالي. ويقول السكان إن قانون فاغنر كان يحكم مناجم الذهب في كيدال.')).toBe(
      2,
    );
    expect(count(WG, 'ينص قانون فاغنر الذي أقره الكونغرس على معاقبة المرتزقة الروس في مالي.')).toBe(1);
    expect(
      count(
        WG,
        "Wagner's law governs the gold mines of northern Mali now; Wagner fighters patrol Kidal, residents say.",
      ),
    ).toBe(2);
    expect(
      count(
        WG,
        "Cours d'économie : la loi de Wagner (1883) et ses critiques. Wagner et ses mercenaires russes n'ont rien à voir.",
      ),
    ).toBe(1);
  });

  it("stays the scholar's without them", () => {
    expect(
      count(
        WG,
        "The Wagner Group left Mali in June. In economics, Wagner's law says state spending grows with income.",
      ),
    ).toBe(1);
    expect(
      count(WG, "Public finance seminar: Wagner's law and Baumol's cost disease, with data from Morocco and Mali."),
    ).toBe(0);
    expect(
      count(WG, "Cours d'économie : la loi de Wagner (1883) et ses critiques, avec des données du Maroc et du Mali."),
    ).toBe(0);
    expect(
      count(WG, 'La loi de Wagner, économiste allemand, ne dit rien du groupe Wagner, qui a quitté le Mali en juin.'),
    ).toBe(1);
  });
});

describe('bundled pack: an ordinary word in lower case beside a noun of its kind', () => {
  it('the name beside one', () => {
    expect(
      count('bgm-71-tow', 'Le Maroc a reçu des missiles antichars tow livrés par les États-Unis, selon les FAR.'),
    ).toBe(1);
    expect(count('bgm-71-tow', 'Moroccan crews fired tow launchers mounted on Humvees at the range in Tan-Tan.')).toBe(
      1,
    );
  });

  it('not beside another required word, and never the adverb far', () => {
    expect(
      count('bgm-71-tow', 'Moroccan M1 tanks tow the damaged vehicles back to base after each African Lion run.'),
    ).toBe(0);
    expect(
      count(
        'bgm-71-tow',
        'A tank tow cable snapped during the African Lion recovery drill, injuring two Moroccan soldiers.',
      ),
    ).toBe(0);
    expect(
      count(
        'ah-64-apache',
        "The Moroccan bank's data team ran a pilot apache airflow deployment before moving to the cloud.",
      ),
    ).toBe(0);
    expect(
      count(
        'ah-64-apache',
        'Combat apache: the 1930s Paris dance that Moroccan troupes still perform in Casablanca cabarets.',
      ),
    ).toBe(0);
    const far = 'far-morocco';
    expect(
      count(far, 'The exercise far exceeded expectations, Rabat said, as 7,000 troops trained near Tan-Tan.'),
    ).toBe(0);
    expect(count(far, 'Morocco far outpaces Algeria in tourism revenue, the World Bank said on Monday.')).toBe(0);
    expect(
      count(far, 'Military far from home: U.S. troops celebrated Thanksgiving at the African Lion camp in Tan-Tan.'),
    ).toBe(0);
    expect(count(far, "Algeria's army, far larger than Morocco's, held drills near Tindouf, Algiers said.")).toBe(0);
    expect(count(far, 'The soldiers of the Moroccan army far from home spent Eid at the berm, Rabat said.')).toBe(1);
  });
});

describe('bundled pack: a name in lower case on positive evidence only', () => {
  it("not Egypt's summer coast, the navies or the naval infantry of any navy, nor the composer sung", () => {
    expect(
      count(
        'sahel',
        "Cet été, les Cairotes partent au sahel : les plages de la côte nord, d'Alexandrie à Marsa Matrouh, sont pleines.",
      ),
    ).toBe(0);
    expect(
      count('sahel', "We spent August in sahel, on Egypt's north coast: Marassi was packed with families from Cairo."),
    ).toBe(0);
    expect(
      count('us-marine-corps', "Les marines marocaine et américaine ont mené un exercice conjoint au large d'Agadir."),
    ).toBe(0);
    expect(
      count(
        'us-marine-corps',
        "Most navies keep marines as naval infantry; Morocco's navy trained its own with U.S. forces during African Lion.",
      ),
    ).toBe(0);
    expect(count(WG, 'Le baryton russe a chanté wagner à Moscou, puis Verdi à Saint-Pétersbourg.')).toBe(0);
  });

  it('the story name with its evidence', () => {
    expect(
      count('sahel', 'Jihadist groups are spreading across the sahel, from Mali to Burkina Faso, AFRICOM warned.'),
    ).toBe(1);
    expect(
      count(
        'us-marine-corps',
        'Two U.S. Navy ships carried the marines from Rota to Agadir for African Lion, AFRICOM said.',
      ),
    ).toBe(1);
    expect(
      count('us-marine-corps', 'The marines unloaded HIMARS launchers at Agadir for African Lion, AFRICOM said.'),
    ).toBe(1);
    expect(
      count(WG, "À Bamako, on dit que wagner paie mieux que l'armée malienne, selon un témoin cité par RFI."),
    ).toBe(1);
    expect(
      count(
        WG,
        'In Mali, the junta still relies on the Russians: wagner fighters guard the gold mines near Kidal, officials said.',
      ),
    ).toBe(1);
  });
});
