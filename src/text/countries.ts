/**
 * Countries as a page names them, for foreign-qualifier.ts: one line per country, fields split by
 * `|`, forms within a field by `,`:
 *
 *   code | English names | English demonyms | French names | French demonyms (masculine singular) |
 *   Arabic names | other Arabic nisba stems (masculine, no article) | capitals (any language)
 *
 * French feminine and plural demonyms, the Arabic nisba of a one-word name (ليبيا → ليبي) and the
 * Arabic forms with the article (masculine and feminine) are derived (foreign-qualifier.ts). A nisba
 * field of `-` derives none: Mali's (المالي) is also the word for financial, which follows many
 * names (دعم المغرب المالي). Combining forms of compound adjectives
 * (Indo-Soviet, franco-algérien) are listed among the English demonyms. Code `eh` is Western
 * Sahara (the territory and the Sahrawi republic), `su` the Soviet Union.
 */
export const COUNTRIES: readonly string[] = [
  'us|United States,United States of America,America,USA,US,U.S.|American,US,U.S.,americano|États-Unis,Amérique|américain|الولايات المتحدة,الولايات المتحدة الأمريكية,أمريكا||Washington,واشنطن',
  'ma|Morocco,Kingdom of Morocco|Moroccan,maroco|Maroc|marocain|المغرب,المملكة المغربية||Rabat,الرباط',
  'eh|Western Sahara,Sahrawi Republic|Sahrawi,Saharawi|Sahara occidental|sahraoui|الصحراء الغربية|صحراوي|',
  'dz|Algeria|Algerian,algero|Algérie|algérien|الجزائر||Algiers,Alger',
  'tn|Tunisia|Tunisian,tuniso|Tunisie|tunisien|تونس||Tunis',
  'ly|Libya|Libyan,libyo|Libye|libyen|ليبيا||Tripoli,طرابلس',
  'eg|Egypt|Egyptian,egypto|Égypte|égyptien|مصر||Cairo,Le Caire,القاهرة',
  'mr|Mauritania|Mauritanian|Mauritanie|mauritanien|موريتانيا||Nouakchott,نواكشوط',
  'ml|Mali|Malian|Mali|malien|مالي|-|Bamako,باماكو',
  'ne|Niger|Nigerien|Niger|nigérien|النيجر||Niamey,نيامي',
  'bf|Burkina Faso|Burkinabe,Burkinabè|Burkina Faso,Burkina|burkinabè|بوركينا فاسو|بوركيني|Ouagadougou,واغادوغو',
  'td|Chad|Chadian|Tchad|tchadien|تشاد||N’Djamena,انجامينا,نجامينا',
  'sd|Sudan|Sudanese|Soudan|soudanais|السودان||Khartoum,الخرطوم',
  'sn|Senegal|Senegalese|Sénégal|sénégalais|السنغال||Dakar,داكار',
  'ng|Nigeria|Nigerian|Nigeria|nigérian|نيجيريا||Abuja,أبوجا',
  'gm|Gambia,The Gambia|Gambian|Gambie|gambien|غامبيا||Banjul',
  'er|Eritrea|Eritrean|Érythrée|érythréen|إريتريا||Asmara',
  'cm|Cameroon|Cameroonian|Cameroun|camerounais|الكاميرون||Yaoundé',
  'et|Ethiopia|Ethiopian|Éthiopie|éthiopien|إثيوبيا||Addis Ababa,Addis-Abeba,أديس أبابا',
  'so|Somalia|Somali|Somalie|somalien|الصومال||Mogadishu,Mogadiscio,مقديشو',
  'dj|Djibouti|Djiboutian|Djibouti|djiboutien|جيبوتي||',
  'ke|Kenya|Kenyan|Kenya|kényan|كينيا||Nairobi,نيروبي',
  'gh|Ghana|Ghanaian|Ghana|ghanéen|غانا||Accra',
  'ci|Ivory Coast,Côte d’Ivoire|Ivorian|Côte d’Ivoire|ivoirien|ساحل العاج,كوت ديفوار|إيفواري|Abidjan,Yamoussoukro',
  'gn|Guinea|Guinean|Guinée|guinéen|غينيا||Conakry',
  'lr|Liberia|Liberian|Liberia|libérien|ليبيريا||Monrovia',
  'sl|Sierra Leone|Sierra Leonean|Sierra Leone|sierra-léonais|سيراليون||Freetown',
  'bj|Benin|Beninese|Bénin|béninois|بنين||Porto-Novo,Cotonou',
  'tg|Togo|Togolese|Togo|togolais|توغو|توغولي|Lomé',
  'cd|Congo,DRC|Congolese|Congo,RDC|congolais|الكونغو|كونغولي|Kinshasa,Brazzaville',
  'ao|Angola|Angolan|Angola|angolais|أنغولا||Luanda',
  'rw|Rwanda|Rwandan|Rwanda|rwandais|رواندا||Kigali',
  'ug|Uganda|Ugandan|Ouganda|ougandais|أوغندا||Kampala',
  'tz|Tanzania|Tanzanian|Tanzanie|tanzanien|تنزانيا||Dodoma',
  'mz|Mozambique|Mozambican|Mozambique|mozambicain|موزمبيق||Maputo',
  'zw|Zimbabwe|Zimbabwean|Zimbabwe|zimbabwéen|زيمبابوي||Harare',
  'za|South Africa|South African|Afrique du Sud|sud-africain|جنوب أفريقيا,جنوب إفريقيا|جنوب أفريقي|Pretoria,بريتوريا',
  'es|Spain|Spanish,Spaniard,hispano|Espagne|espagnol|إسبانيا||Madrid,مدريد',
  'fr|France|French,franco|France|français|فرنسا||Paris,باريس',
  'gb|United Kingdom,UK,Britain,Great Britain,England|British,anglo|Royaume-Uni,Grande-Bretagne,Angleterre|britannique,anglais|المملكة المتحدة,بريطانيا||London,Londres,لندن',
  'de|Germany|German,germano|Allemagne|allemand|ألمانيا||Berlin,برلين',
  'it|Italy|Italian,italo|Italie|italien|إيطاليا||Rome,روما',
  'pt|Portugal|Portuguese,luso|Portugal|portugais|البرتغال||Lisbon,Lisbonne,لشبونة',
  'nl|Netherlands,Holland|Dutch|Pays-Bas,Hollande|néerlandais,hollandais|هولندا||Amsterdam,The Hague,La Haye,لاهاي',
  'be|Belgium|Belgian|Belgique|belge|بلجيكا||Brussels,Bruxelles,بروكسل',
  'ch|Switzerland|Swiss|Suisse|suisse|سويسرا||Bern,Berne,Geneva,Genève,جنيف',
  'at|Austria|Austrian|Autriche|autrichien|النمسا|نمساوي|Vienna,Vienne,فيينا',
  'se|Sweden|Swedish|Suède|suédois|السويد||Stockholm,ستوكهولم',
  'no|Norway|Norwegian|Norvège|norvégien|النرويج||Oslo,أوسلو',
  'dk|Denmark|Danish|Danemark|danois|الدنمارك||Copenhagen,Copenhague,كوبنهاغن',
  'fi|Finland|Finnish|Finlande|finlandais|فنلندا||Helsinki',
  'ie|Ireland|Irish|Irlande|irlandais|أيرلندا||Dublin',
  'pl|Poland|Polish|Pologne|polonais|بولندا||Warsaw,Varsovie,وارسو',
  'cz|Czech Republic,Czechia|Czech|Tchéquie,République tchèque|tchèque|التشيك||Prague',
  'hu|Hungary|Hungarian|Hongrie|hongrois|المجر||Budapest',
  'ro|Romania|Romanian|Roumanie|roumain|رومانيا||Bucharest,Bucarest',
  'bg|Bulgaria|Bulgarian|Bulgarie|bulgare|بلغاريا||Sofia',
  'gr|Greece|Greek,greco|Grèce|grec,grecque|اليونان||Athens,Athènes,أثينا',
  'rs|Serbia|Serbian|Serbie|serbe|صربيا||Belgrade',
  'hr|Croatia|Croatian|Croatie|croate|كرواتيا||Zagreb',
  'ua|Ukraine|Ukrainian|Ukraine|ukrainien|أوكرانيا||Kyiv,Kiev,كييف',
  'ru|Russia,Russian Federation|Russian,russo|Russie|russe|روسيا||Moscow,Moscou,موسكو',
  'su|Soviet Union,USSR|Soviet|Union soviétique,URSS|soviétique|الاتحاد السوفيتي,الاتحاد السوفياتي|سوفيتي,سوفياتي|',
  'tr|Turkey,Türkiye|Turkish,turco|Turquie|turc,turque|تركيا||Ankara,أنقرة',
  'az|Azerbaijan|Azerbaijani|Azerbaïdjan|azerbaïdjanais|أذربيجان||Baku,Bakou',
  'am|Armenia|Armenian|Arménie|arménien|أرمينيا||Yerevan,Erevan',
  'ge|Georgia|Georgian|Géorgie|géorgien|جورجيا||Tbilisi',
  'kz|Kazakhstan|Kazakh|Kazakhstan|kazakh|كازاخستان||Astana',
  'uz|Uzbekistan|Uzbek|Ouzbékistan|ouzbek|أوزبكستان|أوزبكي|Tashkent,Tachkent',
  'il|Israel|Israeli,israelo|Israël|israélien|إسرائيل||Tel Aviv,Tel-Aviv,تل أبيب,القدس,Jerusalem',
  'ps|Palestine|Palestinian|Palestine|palestinien|فلسطين||Ramallah,رام الله',
  'lb|Lebanon|Lebanese|Liban|libanais|لبنان||Beirut,Beyrouth,بيروت',
  'sy|Syria|Syrian,syro|Syrie|syrien|سوريا,سورية||Damascus,Damas,دمشق',
  'jo|Jordan|Jordanian|Jordanie|jordanien|الأردن||Amman,عمان',
  'iq|Iraq|Iraqi|Irak|irakien|العراق||Baghdad,Bagdad,بغداد',
  'ir|Iran|Iranian,irano|Iran|iranien|إيران||Tehran,Téhéran,طهران',
  'sa|Saudi Arabia|Saudi|Arabie saoudite|saoudien|السعودية,المملكة العربية السعودية||Riyadh,Riyad,الرياض',
  'ae|United Arab Emirates,UAE|Emirati|Émirats arabes unis|émirien|الإمارات||Abu Dhabi,Abou Dhabi,أبوظبي,أبو ظبي',
  'qa|Qatar|Qatari|Qatar|qatari,qatarien|قطر||Doha,الدوحة',
  'kw|Kuwait|Kuwaiti|Koweït|koweïtien|الكويت||Kuwait City',
  'bh|Bahrain|Bahraini|Bahreïn|bahreïni,bahreïnien|البحرين||Manama,المنامة',
  'om|Oman|Omani|Oman|omanais|عمان,سلطنة عمان||Muscat,Mascate,مسقط',
  'ye|Yemen|Yemeni|Yémen|yéménite|اليمن||Sanaa,صنعاء',
  'af|Afghanistan|Afghan|Afghanistan|afghan|أفغانستان|أفغاني|Kabul,Kaboul,كابول',
  'pk|Pakistan|Pakistani|Pakistan|pakistanais|باكستان||Islamabad,إسلام أباد',
  'in|India|Indian,indo|Inde|indien|الهند|هنود|New Delhi,نيودلهي',
  'bd|Bangladesh|Bangladeshi|Bangladesh|bangladais|بنغلاديش||Dhaka,Dacca',
  'lk|Sri Lanka|Sri Lankan|Sri Lanka|sri-lankais|سريلانكا||Colombo',
  'cn|China,PRC|Chinese,sino|Chine|chinois|الصين||Beijing,Pékin,بكين',
  'tw|Taiwan|Taiwanese|Taïwan|taïwanais|تايوان||Taipei,Taipeh',
  'jp|Japan|Japanese,nippo|Japon|japonais|اليابان||Tokyo,طوكيو',
  'kr|South Korea,Korea,ROK,Republic of Korea|Korean,South Korean|Corée du Sud,Corée|sud-coréen,coréen|كوريا الجنوبية,كوريا||Seoul,سيول',
  'kp|North Korea,DPRK|North Korean|Corée du Nord|nord-coréen|كوريا الشمالية|كوري شمالي|Pyongyang',
  'vn|Vietnam,Viet Nam|Vietnamese|Viêt Nam,Vietnam|vietnamien|فيتنام||Hanoi',
  'th|Thailand|Thai|Thaïlande|thaïlandais,thaï|تايلاند||Bangkok',
  'kh|Cambodia|Cambodian,Khmer|Cambodge|cambodgien,khmer|كمبوديا||Phnom Penh',
  'la|Laos|Lao,Laotian|Laos|laotien,lao|لاوس||Vientiane',
  'mm|Myanmar,Burma|Burmese|Birmanie,Myanmar|birman|ميانمار||Naypyidaw',
  'my|Malaysia|Malaysian|Malaisie|malaisien|ماليزيا||Kuala Lumpur',
  'sg|Singapore|Singaporean|Singapour|singapourien|سنغافورة||',
  'id|Indonesia|Indonesian|Indonésie|indonésien|إندونيسيا||Jakarta,جاكرتا',
  'ph|Philippines|Philippine,Filipino|Philippines|philippin|الفلبين||Manila,Manille',
  'bn|Brunei|Bruneian|Brunei|brunéien|بروناي,بروني|بروناوي|Bandar Seri Begawan',
  'au|Australia|Australian|Australie|australien|أستراليا||Canberra',
  'nz|New Zealand|New Zealand|Nouvelle-Zélande|néo-zélandais|نيوزيلندا||Wellington',
  'ca|Canada|Canadian|Canada|canadien|كندا||Ottawa,أوتاوا',
  'mx|Mexico|Mexican|Mexique|mexicain|المكسيك||Mexico City',
  'cu|Cuba|Cuban|Cuba|cubain|كوبا||Havana,La Havane,هافانا',
  'br|Brazil|Brazilian|Brésil|brésilien|البرازيل||Brasília',
  'ar|Argentina|Argentine,Argentinian|Argentine|argentin|الأرجنتين||Buenos Aires',
  'cl|Chile|Chilean|Chili|chilien|تشيلي||Santiago',
  'co|Colombia|Colombian|Colombie|colombien|كولومبيا||Bogotá',
  'pe|Peru|Peruvian|Pérou|péruvien|بيرو|بيروفي|Lima',
  've|Venezuela|Venezuelan|Venezuela|vénézuélien|فنزويلا||Caracas',
  'mt|Malta|Maltese|Malte|maltais|مالطا||Valletta,La Valette,فاليتا',
  'cy|Cyprus|Cypriot|Chypre|chypriote|قبرص||Nicosia,Nicosie',
  'ba|Bosnia,Bosnia and Herzegovina|Bosnian|Bosnie|bosnien|البوسنة||Sarajevo',
  'by|Belarus|Belarusian|Biélorussie|biélorusse|بيلاروسيا||Minsk',
  'cf|Central African Republic|Central African|Centrafrique,République centrafricaine|centrafricain|أفريقيا الوسطى,جمهورية أفريقيا الوسطى||Bangui,بانغي',
  'ss|South Sudan|South Sudanese|Soudan du Sud|sud-soudanais|جنوب السودان||Juba,جوبا',
  'ga|Gabon|Gabonese|Gabon|gabonais|الغابون||Libreville',
  'mg|Madagascar|Malagasy|Madagascar|malgache|مدغشقر||Antananarivo',
  'pa|Panama|Panamanian|Panama|panaméen|بنما||Panama City',
];

/** A line of COUNTRIES split into its fields, empty forms dropped. */
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

/** Lines in the format of COUNTRIES, parsed; a line without its eight fields is an error. */
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

/** COUNTRIES parsed, for every module that reads them. */
export const COUNTRY_TABLE: readonly Country[] = parseCountries(COUNTRIES);

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
