/**
 * Closed-class words of English, French and Arabic (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, copulas and modals, reporting verbs, quantifiers and numerals, time words and units, weekdays and months), Arabic
 * ones with their attached clitics and article, and tokens with digits. Cue
 * training leaves them out: how often a passage says "would", "ce" or "عام" tells its register
 * (news against encyclopedia), not the sense of the name beside them, so weights learned on them
 * fit the corpus's writers and not the pages readers open.
 */
import { foldString } from '../text/normalise';

const EN = `a about above after again against ago all almost also although always am among an and another any
are around as at be because been before being below besides between both but by can cannot could did do does
doing done down during each either else even ever every few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just last least less many may me might
more most much must my myself near neither never new next no nor not now of off often on once one only onto or
other others our ours ourselves out over own per rather said same say says several shall she should since so
some still such than that the their theirs them themselves then there these they this those though through thus
to today told too toward towards under until up upon us very via was we were what when where whether which while
who whom whose why will with within without would year years yet you your yours week weeks month months day days
hour hours minute minutes
first second two three four five six ten hundred thousand million later early earlier according told also like
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december remain remains remained`;

const FR = `à a afin ai ainsi alors après au aucun aucune aujourd auprès aussi autant autre autres aux avant avec
avoir avait avaient ayant c ça car ce ceci cela celle celles celui cependant certains ces cet cette ceux chaque
chez comme comment d dans de depuis des deux dont du elle elles en encore entre est et été étaient était être eu
eux fait fois font hors il ils j jamais je jusqu jusque l la laquelle le lequel les lesquels leur leurs lors
lorsque lui m ma mais me même mêmes mes moi moins mon n ne ni non nos notre nous on ont ou où par parce parmi pas
pendant peu peut plus plusieurs pour pourquoi près puis qu quand que quel quelle quelles quels qui quoi s sa sans
se selon ses si sien son sont sous sur t ta tandis te tes toi ton tous tout toute toutes très trois tu un une
vers voici voilà vos votre vous y an ans année années mois jour jours semaine heure heures minute minutes premier première dernier dernière
déjà également ainsi selon déclaré dit a-t-il lundi mardi mercredi jeudi vendredi samedi dimanche janvier février
mars avril mai juin juillet août septembre octobre novembre décembre reste restait demeure demeurait`;

const AR = `في من إلى الى على عن مع بين عند منذ حتى خلال بعد قبل أمام امام وراء فوق تحت حول دون ضد لدى نحو عبر
و أو او ثم بل لكن لكنه لكنها أن ان إن إذ إذا اذا لو لم لن لا ما ماذا متى كيف أين اين هل قد لقد كان كانت كانوا يكون
تكون يكن هو هي هم هن هما أنا انا نحن أنت انت أنتم هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك الذي التي الذين اللذان
اللتان اللواتي كل بعض أي اي غير سوى كما مثل أيضا ايضا فقط جدا عام أعوام اعوام سنة سنوات شهر أشهر اشهر يوم أيام
ايام أسبوع ساعة ساعات دقيقة دقائق الماضي الماضية المقبل المقبلة الحالي الحالية أول اول ثاني أخرى اخرى آخر اخر قال قالت يقول تقول وقال
وقالت أكد اكد أضاف اضاف أوضح اوضح حيث وفق وفقا عليه عليها فيه فيها منه منها له لها لهم به بها إنه انه إنها انها
أنه أنها يمكن تم وقد فقد كما عندما بينما ليس ليست الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يناير فبراير
مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر أكثر اكثر أقل اقل نحو حوالي
واحد واحدة اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة اربع اربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة
عشرات مئة مائة مئات ألف آلاف الف الاف مليون ملايين مليار الآن الان`;

const WORDS = new Set(
  [EN, FR, AR].flatMap((list) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => foldString(w)),
  ),
);

/**
 * An Arabic word's attached conjunction (و، ف), preposition (ب، ل) and article: وفي, بان, اليوم are
 * the function words في, ان, يوم. The article only before three letters or more (الله is not له).
 */
const AR_CLITICS = /^[وف]?[بل]?/u;
const AR_ARTICLE = /^ال(?=[^\s]{3})/u;

/** Whether the folded feature `word` is a function word or holds a digit (a year, a count). */
export function isFunctionWord(word: string): boolean {
  if (WORDS.has(word) || /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(word)) return true;
  if (!/^[\u0600-\u06FF]/u.test(word)) return false;
  const bare = word.replace(AR_CLITICS, '');
  return WORDS.has(bare) || WORDS.has(bare.replace(AR_ARTICLE, ''));
}
