/**
 * Generated benchmark pages (pure: no DOM, no I/O). Realistic article markup — headings,
 * paragraphs with inline links and emphasis, lists, tables, asides — in mixed English, French
 * and Arabic with a realistic density of the pack's names. Deterministic for a given seed.
 *
 * Sizes are measured in UTF-8 bytes of the *visible text* (what a TreeWalker reads), not of
 * the HTML, so "1 MB" means about 1 MB of text nodes.
 */

export type Lang = 'en' | 'fr' | 'ar';

export interface AliasEntry {
  /** The alias as written in the pack. */
  text: string;
  /** The entity it names. */
  id: string;
  lang: Lang;
  /** A bare alias: no context rule, not afterMention, not case-sensitive (counted wherever it appears). */
  strong: boolean;
}

/** Used when the bundled pack is missing or has no aliases. */
export const FALLBACK_ALIASES: AliasEntry[] = (
  [
    ['AFRICOM', 'africom', 'en'],
    ['أفريكوم', 'africom', 'ar'],
    ['Africom', 'africom', 'fr'],
    ['Michael Langley', 'michael-langley', 'en'],
    ['مايكل لانجلي', 'michael-langley', 'ar'],
    ['Wagner Group', 'wagner-group', 'en'],
    ['groupe Wagner', 'wagner-group', 'fr'],
    ['مجموعة فاغنر', 'wagner-group', 'ar'],
    ['African Lion', 'african-lion', 'en'],
    ['الأسد الإفريقي', 'african-lion', 'ar'],
    ['HIMARS', 'himars', 'en'],
    ['هيمارس', 'himars', 'ar'],
    ['Western Sahara', 'western-sahara', 'en'],
    ['Sahara occidental', 'western-sahara', 'fr'],
    ['الصحراء الغربية', 'western-sahara', 'ar'],
    ['Sahel', 'sahel', 'en'],
    ['Morocco', 'morocco', 'en'],
    ['Maroc', 'morocco', 'fr'],
    ['المغرب', 'morocco', 'ar'],
  ] as const
).map(([text, id, lang]) => ({ text, id, lang, strong: true }));

/** Every alias of a pack (strings and option objects), deduplicated per (text, entity). */
export function aliasesFromPack(pack: unknown): AliasEntry[] {
  const out: AliasEntry[] = [];
  const seen = new Set<string>();
  const entities = (pack as { entities?: unknown })?.entities;
  if (!Array.isArray(entities)) return [];
  for (const e of entities as Array<{ id?: unknown; aliases?: unknown; context?: unknown }>) {
    if (typeof e?.id !== 'string' || typeof e.aliases !== 'object' || !e.aliases) continue;
    for (const [lang, list] of Object.entries(e.aliases as Record<string, unknown>)) {
      if (!Array.isArray(list) || (lang !== 'en' && lang !== 'fr' && lang !== 'ar')) continue;
      for (const a of list) {
        const text = typeof a === 'string' ? a : typeof a?.text === 'string' ? (a.text as string) : undefined;
        if (!text) continue;
        const key = `${e.id}\u0000${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const o = typeof a === 'string' ? {} : (a as Record<string, unknown>);
        const strong = !o.needsContext && !o.context && !o.afterMention && !o.caseSensitive;
        out.push({ text, id: e.id, lang, strong });
      }
    }
  }
  return out;
}

/** Distinct alias strings, for mark.js. */
export function aliasStrings(aliases: readonly AliasEntry[]): string[] {
  return [...new Set(aliases.map((a) => a.text))];
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<Lang, string[]> = {
  en: (
    'the of and to in a is that for on with as by at from officials said military cooperation security region country ' +
    'forces minister visit talks week report government support training defence border exercise troops joint ' +
    'analysts according statement agreement partners regional counterterrorism capabilities deployment ' +
    'spokesperson announced previous annual hosted participants equipment maintenance logistics strategy'
  ).split(' '),
  fr: (
    'le la les des du de et à en pour avec sur dans une un coopération militaire sécurité région pays forces ' +
    'ministre visite entretiens semaine rapport gouvernement soutien formation défense frontière exercice troupes ' +
    'conjoint selon déclaration accord partenaires régional capacités déploiement porte-parole annoncé annuel ' +
    'participants équipement logistique stratégie également plusieurs depuis'
  ).split(' '),
  ar: (
    'في من على إلى عن مع التي الذي هذا هذه وزير الأمن التعاون العسكري المنطقة القوات زيارة محادثات الأسبوع ' +
    'تقرير الحكومة دعم التدريب والتعاون بين خلال الدفاع الحدود المناورات الجنود المشتركة المحللين وفقا بيان ' +
    'اتفاق الشركاء الإقليمي القدرات نشر المتحدث أعلن السنوية المشاركين المعدات الاستراتيجية أيضا'
  ).split(' '),
};

/** Words that never contain any alias of the bundled pack (no-mention page). */
const NEUTRAL: Record<Lang, string[]> = {
  en: 'the of and to in a is that for on with as by at from garden recipe weather music tomorrow market coffee bread river library painting autumn village'.split(
    ' ',
  ),
  fr: 'le la les des du de et à en pour avec sur dans une un jardin recette météo musique demain marché café pain rivière bibliothèque peinture automne village'.split(
    ' ',
  ),
  ar: 'في من على إلى عن مع التي الذي هذا هذه الحديقة وصفة الطقس الموسيقى غدا السوق القهوة الخبز النهر المكتبة اللوحة الخريف القرية'.split(
    ' ',
  ),
};

export interface ArticleOptions {
  /** Approximate UTF-8 bytes of visible text. */
  targetBytes: number;
  seed?: number;
  /** Names to sprinkle in; empty → a page with no mention at all. */
  aliases: readonly AliasEntry[];
  /** Probability that a word slot is a mention (default 1 in 60 words). */
  mentionRate?: number;
  title?: string;
  /** Extra markup just before </body> (scripts of instrumented pages). */
  tail?: string;
}

export interface GeneratedPage {
  html: string;
  /** UTF-8 bytes of visible text emitted. */
  textBytes: number;
  /** Mentions emitted (alias strings inserted), total and per entity. */
  mentions: number;
  perEntity: Record<string, number>;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const utf8Bytes = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};

/** Builds blocks of text; collects counts. */
class Writer {
  textBytes = 0;
  mentions = 0;
  perEntity: Record<string, number> = {};
  private readonly byLang: Record<Lang, readonly AliasEntry[]>;
  constructor(
    private readonly rand: () => number,
    private readonly aliases: readonly AliasEntry[],
    private readonly rate: number,
  ) {
    this.byLang = {
      en: aliases.filter((a) => a.lang === 'en'),
      fr: aliases.filter((a) => a.lang === 'fr'),
      ar: aliases.filter((a) => a.lang === 'ar'),
    };
  }

  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.rand() * a.length)]!;
  }

  text(s: string): string {
    this.textBytes += utf8Bytes(s);
    return esc(s);
  }

  /**
   * A name to write, mostly of the sentence's language, sometimes a foreign one (as real articles do);
   * none when it names the entity written one or two words before (`near`): two names of one entity side
   * by side are one mention (src/text/matcher.ts), and a word between may join them ("African Lion
   * exercise exercise African Lion"), so the page's count would no longer be the truth.
   */
  private mention(lang: Lang, near: readonly string[]): AliasEntry | undefined {
    const same = this.byLang[lang];
    const a = this.pick(same.length && this.rand() < 0.85 ? same : this.aliases);
    return near.includes(a.id) ? undefined : a;
  }

  /** A run of `n` words in `lang`, with mentions and occasional inline markup. */
  sentence(lang: Lang, n: number): string {
    const vocab = this.aliases.length ? WORDS[lang] : NEUTRAL[lang];
    const out: string[] = [];
    const near = ['', ''];
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(this.text(' '));
      const a = this.aliases.length && this.rand() < this.rate ? this.mention(lang, near) : undefined;
      near.shift();
      near.push(a?.id ?? '');
      if (a !== undefined) {
        this.mentions++;
        this.perEntity[a.id] = (this.perEntity[a.id] ?? 0) + 1;
        const r = this.rand();
        if (r < 0.2) out.push(`<a href="#${esc(a.id)}">${this.text(a.text)}</a>`);
        else if (r < 0.3) out.push(`<strong>${this.text(a.text)}</strong>`);
        else out.push(this.text(a.text));
        continue;
      }
      const w = this.pick(vocab);
      const r = this.rand();
      if (r < 0.02) out.push(`<em>${this.text(w)}</em>`);
      else if (r < 0.035) out.push(`<a href="/related/${i}">${this.text(w)}</a>`);
      else out.push(this.text(w));
    }
    out.push(this.text('.'));
    return out.join('');
  }

  /** Plain text (no markup, not escaped): `n` words in `lang`, with mentions, for a text node's data. */
  plainSentence(lang: Lang, n: number): string {
    const out: string[] = [];
    const near = ['', ''];
    for (let i = 0; i < n; i++) {
      const a = this.aliases.length && this.rand() < this.rate ? this.mention(lang, near) : undefined;
      near.shift();
      near.push(a?.id ?? '');
      if (a !== undefined) {
        this.mentions++;
        this.perEntity[a.id] = (this.perEntity[a.id] ?? 0) + 1;
        out.push(a.text);
      } else out.push(this.pick(this.aliases.length ? WORDS[lang] : NEUTRAL[lang]));
    }
    return `${out.join(' ')}.`;
  }

  paragraph(lang: Lang): string {
    const dir = lang === 'ar' ? ' dir="rtl" lang="ar"' : ` lang="${lang}"`;
    const sentences = 2 + Math.floor(this.rand() * 4);
    const body: string[] = [];
    for (let s = 0; s < sentences; s++) body.push(this.sentence(lang, 12 + Math.floor(this.rand() * 20)));
    return `<p${dir}>${body.join(' ')}</p>`;
  }

  block(lang: Lang): string {
    const r = this.rand();
    if (r < 0.08) {
      const items = 3 + Math.floor(this.rand() * 4);
      const li: string[] = [];
      for (let i = 0; i < items; i++) li.push(`<li>${this.sentence(lang, 6 + Math.floor(this.rand() * 10))}</li>`);
      return `<ul${lang === 'ar' ? ' dir="rtl"' : ''}>${li.join('')}</ul>`;
    }
    if (r < 0.12) {
      const rows: string[] = [];
      for (let i = 0; i < 4; i++) {
        const cells: string[] = [];
        for (let c = 0; c < 3; c++) cells.push(`<td>${this.sentence(lang, 2 + Math.floor(this.rand() * 4))}</td>`);
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      return `<table><thead><tr><th>${this.text('Date')}</th><th>${this.text('Item')}</th><th>${this.text('Note')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
    if (r < 0.16)
      return `<h2${lang === 'ar' ? ' dir="rtl"' : ''}>${this.sentence(lang, 4 + Math.floor(this.rand() * 5))}</h2>`;
    if (r < 0.18) return `<blockquote>${this.paragraph(lang)}</blockquote>`;
    return this.paragraph(lang);
  }
}

const LANG_MIX: Lang[] = ['en', 'en', 'en', 'fr', 'fr', 'ar', 'ar', 'ar'];

const PAGE_STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}' +
  'table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}nav a{margin-right:1em}';

function shell(title: string, body: string, tail = ''): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>${PAGE_STYLE}</style></head><body>` +
    `<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/africa">Africa</a><a href="/defence">Defence</a></nav></header>` +
    `<main><article>${body}</article></main><footer><p>© Bench Times</p></footer>${tail}</body></html>`
  );
}

/** An article of about `targetBytes` of visible text. */
export function generateArticle(opts: ArticleOptions): GeneratedPage {
  const rand = rng(opts.seed ?? 42);
  const w = new Writer(rand, opts.aliases, opts.mentionRate ?? 1 / 60);
  const blocks: string[] = [`<h1>${w.text(opts.title ?? 'Security cooperation in North Africa')}</h1>`];
  while (w.textBytes < opts.targetBytes) {
    const lang = w.pick(LANG_MIX);
    // Sections of a few blocks in one language, as bilingual news pages are laid out.
    const n = 2 + Math.floor(rand() * 4);
    const section: string[] = [];
    for (let i = 0; i < n && w.textBytes < opts.targetBytes; i++) section.push(w.block(lang));
    blocks.push(`<section>${section.join('')}</section>`);
  }
  return {
    html: shell(opts.title ?? 'Bench article', blocks.join('\n'), opts.tail),
    textBytes: w.textBytes,
    mentions: w.mentions,
    perEntity: w.perEntity,
  };
}

export interface ScrollOptions {
  aliases: readonly AliasEntry[];
  seed?: number;
  /** Paragraphs per append (20). */
  batch?: number;
  /** Milliseconds between appends (25). */
  intervalMs?: number;
  /** How long to keep appending (10 000 ms). */
  durationMs?: number;
  /** Distinct paragraphs in the pool the page cycles through (400). */
  poolSize?: number;
  mentionRate?: number;
}

export interface ScrollPage extends GeneratedPage {
  /** Mentions in each pool paragraph (the page appends pool[(k) % poolSize] for k = 0, 1, …). */
  poolMentions: number[];
  batch: number;
  intervalMs: number;
  durationMs: number;
}

/**
 * An infinite-scroll page: a short article, then every `intervalMs` a batch of `batch`
 * paragraphs appended at the end, for `durationMs`. Instrumented: `window.__bench.appends`
 * holds `[performance.now(), cumulative mentions]` per append (mentions as generated, the
 * page's ground truth), `__bench.done` turns true after the last append. Appending starts when
 * the page calls `__bench.start()` (the bench triggers it) so every run starts at the same point.
 */
export function generateInfiniteScroll(opts: ScrollOptions): ScrollPage {
  const batch = opts.batch ?? 20;
  const intervalMs = opts.intervalMs ?? 25;
  const durationMs = opts.durationMs ?? 10_000;
  const poolSize = opts.poolSize ?? 400;
  const rand = rng(opts.seed ?? 7);
  const w = new Writer(rand, opts.aliases, opts.mentionRate ?? 1 / 60);
  const pool: string[] = [];
  const poolMentions: number[] = [];
  for (let i = 0; i < poolSize; i++) {
    const before = w.mentions;
    pool.push(w.paragraph(w.pick(LANG_MIX)));
    poolMentions.push(w.mentions - before);
  }
  const head = generateArticle({
    targetBytes: 8_000,
    seed: (opts.seed ?? 7) + 1,
    aliases: opts.aliases,
    mentionRate: opts.mentionRate,
  });
  const script = `<script>
(() => {
  const pool = ${JSON.stringify(pool).replace(/</g, '\\u003c')};
  const poolMentions = ${JSON.stringify(poolMentions)};
  const B = ${batch}, INTERVAL = ${intervalMs}, DURATION = ${durationMs};
  const bench = (window.__bench = { appends: [], done: false, start, initialMentions: ${head.mentions} });
  const feed = document.createElement('div');
  feed.id = 'feed';
  document.querySelector('article').appendChild(feed);
  let k = 0, total = 0;
  function append() {
    const frag = document.createElement('div');
    frag.className = 'batch';
    let html = '';
    for (let i = 0; i < B; i++, k++) { html += pool[k % pool.length]; total += poolMentions[k % pool.length]; }
    const t = document.createRange().createContextualFragment(html);
    frag.appendChild(t);
    feed.appendChild(frag);
    bench.appends.push([performance.now(), total]);
  }
  function start() {
    performance.mark('bench:start');
    const t0 = performance.now();
    bench.t0 = t0;
    const id = setInterval(() => {
      append();
      if (performance.now() - t0 >= DURATION) { clearInterval(id); bench.done = true; bench.t1 = performance.now(); performance.mark('bench:end'); }
    }, INTERVAL);
  }
})();
</script>`;
  const html = head.html.replace('</body>', `${script}</body>`);
  return {
    html,
    textBytes: head.textBytes,
    mentions: head.mentions,
    perEntity: head.perEntity,
    poolMentions,
    batch,
    intervalMs,
    durationMs,
  };
}

export interface StormOptions {
  /** Bare aliases only (see strongAliases), so the final count is known. */
  aliases: readonly AliasEntry[];
  seed?: number;
  /** Bursts of appended blocks (50). The storm ends after the last burst, however long it takes. */
  bursts?: number;
  /** Blocks appended per burst (100). */
  burstSize?: number;
  /** Milliseconds between bursts (100). */
  burstIntervalMs?: number;
  /** Text nodes whose data is rewritten on every rewrite tick (100). */
  liveNodes?: number;
  /** Rewrite ticks come every rewriteMinMs…rewriteMaxMs (16…25 ms), jittered deterministically. */
  rewriteMinMs?: number;
  rewriteMaxMs?: number;
  /** Distinct blocks the bursts cycle through (300). */
  poolSize?: number;
  /** Distinct strings a live text node is rewritten to (64). */
  variants?: number;
}

export interface StormPage {
  html: string;
  bursts: number;
  burstSize: number;
  burstIntervalMs: number;
  liveNodes: number;
  rewriteMinMs: number;
  rewriteMaxMs: number;
  /** Nominal storm length: bursts × burstIntervalMs. */
  durationMs: number;
  /** Mentions on the page once the storm is over: the static article + every appended block + the live nodes' final texts. */
  expectedFinal: number;
  /** The same, per entity. */
  expectedPerEntity: Record<string, number>;
  /** Mentions on the page before the storm starts (article + the live nodes' first texts). */
  initialMentions: number;
}

const addCounts = (into: Record<string, number>, from: Readonly<Record<string, number>>, times = 1): void => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v * times;
};

/**
 * A mutation storm (issue 8): a short article with a block of `liveNodes` lines, each with one
 * text node (`<p>Live i: <b>TEXT</b> update.</p>`) whose data is rewritten on every tick (every
 * 16–25 ms) to one of `variants` strings — about half of them name something, so mentions come
 * and go many times a second; meanwhile every `burstIntervalMs` a burst of `burstSize` short
 * blocks (paragraphs with inline links/emphasis, list items, headings) is appended at the end.
 * After the last burst the live nodes get their final texts and the rewrites stop, so the page's
 * final mention count is known in advance (`expectedFinal`). Instrumented like the scroll page:
 * `window.__storm.start()` starts it (the bench triggers it), `performance.mark('bench:start')`
 * / `'bench:end'` bracket it, `__storm.done`, `t0`/`t1`, `bursts`, `rewrites` report it.
 */
export function generateMutationStorm(opts: StormOptions): StormPage {
  const bursts = opts.bursts ?? 50;
  const burstSize = opts.burstSize ?? 100;
  const burstIntervalMs = opts.burstIntervalMs ?? 100;
  const liveNodes = opts.liveNodes ?? 100;
  const rewriteMinMs = opts.rewriteMinMs ?? 16;
  const rewriteMaxMs = Math.max(rewriteMinMs, opts.rewriteMaxMs ?? 25);
  const poolSize = opts.poolSize ?? 300;
  const variantCount = opts.variants ?? 64;
  const seed = opts.seed ?? 11;
  const rand = rng(seed);
  // Short blocks, a mention every ~25 words: bursts carry many nodes and a fair number of names.
  const w = new Writer(rand, opts.aliases, 1 / 25);
  const pool: string[] = [];
  const poolPerEntity: Array<Record<string, number>> = [];
  for (let i = 0; i < poolSize; i++) {
    const before = { ...w.perEntity };
    const lang = w.pick(LANG_MIX);
    const r = rand();
    const dir = lang === 'ar' ? ' dir="rtl" lang="ar"' : ` lang="${lang}"`;
    pool.push(
      r < 0.1
        ? `<h3${dir}>${w.sentence(lang, 3 + Math.floor(rand() * 5))}</h3>`
        : r < 0.25
          ? `<ul${dir}><li>${w.sentence(lang, 4 + Math.floor(rand() * 6))}</li><li>${w.sentence(lang, 4 + Math.floor(rand() * 6))}</li></ul>`
          : `<p${dir}>${w.sentence(lang, 8 + Math.floor(rand() * 12))}</p>`,
    );
    const diff: Record<string, number> = {};
    for (const [k, v] of Object.entries(w.perEntity)) if (v - (before[k] ?? 0) > 0) diff[k] = v - (before[k] ?? 0);
    poolPerEntity.push(diff);
  }
  // What a live node is rewritten to during the storm (its mentions never count at the end) …
  const vw = new Writer(rand, opts.aliases, 1 / 6);
  const variants: string[] = [];
  const variantMentions: number[] = [];
  for (let i = 0; i < variantCount; i++) {
    const before = vw.mentions;
    variants.push(vw.plainSentence(vw.pick(LANG_MIX), 3 + Math.floor(rand() * 4)));
    variantMentions.push(vw.mentions - before);
  }
  // … and its final text, whose mentions do.
  const fw = new Writer(rand, opts.aliases, 1 / 5);
  const finals: string[] = [];
  for (let i = 0; i < liveNodes; i++) finals.push(fw.plainSentence(fw.pick(LANG_MIX), 3 + Math.floor(rand() * 4)));
  const jitter: number[] = [];
  for (let i = 0; i < 64; i++) jitter.push(rewriteMinMs + Math.floor(rand() * (rewriteMaxMs - rewriteMinMs + 1)));
  // The live nodes' first texts (before start): what tick 0 would write.
  const variantAt = (tick: number, i: number): number => (tick * 7 + i * 13) % variants.length;
  const head = generateArticle({
    targetBytes: 6_000,
    seed: seed + 1,
    aliases: opts.aliases,
    title: 'Live: security cooperation',
  });
  const expectedPerEntity: Record<string, number> = { ...head.perEntity };
  const blocks = bursts * burstSize;
  for (let i = 0; i < poolSize; i++)
    addCounts(expectedPerEntity, poolPerEntity[i]!, Math.floor(blocks / poolSize) + (i < blocks % poolSize ? 1 : 0));
  addCounts(expectedPerEntity, fw.perEntity);
  const expectedFinal = Object.values(expectedPerEntity).reduce((s, n) => s + n, 0);
  const liveHtml = Array.from(
    { length: liveNodes },
    (_, i) => `<p class="live">Live ${i}: <b>${esc(variants[variantAt(0, i)]!)}</b> update.</p>`,
  ).join('');
  const json = (x: unknown): string => JSON.stringify(x).replace(/</g, '\\u003c');
  const script = `<script>
(() => {
  const pool = ${json(pool)};
  const variants = ${json(variants)};
  const finals = ${json(finals)};
  const jitter = ${json(jitter)};
  const BURSTS = ${bursts}, SIZE = ${burstSize}, INTERVAL = ${burstIntervalMs}, MAX_JITTER = ${rewriteMaxMs};
  const texts = [...document.querySelectorAll('#storm-live b')].map((b) => b.firstChild);
  const feed = document.createElement('div');
  feed.id = 'storm-feed';
  document.querySelector('article').appendChild(feed);
  const storm = (window.__storm = { done: false, bursts: 0, rewrites: 0, start, expected: ${expectedFinal} });
  let k = 0;
  function burst() {
    let html = '';
    for (let i = 0; i < SIZE; i++, k++) html += pool[k % pool.length];
    const box = document.createElement('div');
    box.className = 'burst';
    box.appendChild(document.createRange().createContextualFragment(html));
    feed.appendChild(box);
    storm.bursts++;
  }
  function rewrite() {
    const r = ++storm.rewrites;
    for (let i = 0; i < texts.length; i++) texts[i].data = variants[(r * 7 + i * 13) % variants.length];
  }
  function start() {
    performance.mark('bench:start');
    storm.t0 = performance.now();
    // Ticks keep to a schedule (due times 16–25 ms apart), so late timer wake-ups on a busy
    // machine do not slow the storm down; after a stall longer than one interval it restarts
    // from now instead of firing the missed ticks back to back.
    let j = 0;
    let due = storm.t0 + jitter[j++ % jitter.length];
    const tick = () => {
      if (storm.done) return;
      rewrite();
      const now = performance.now();
      due += jitter[j++ % jitter.length];
      if (due < now - MAX_JITTER) due = now;
      setTimeout(tick, Math.max(0, due - now));
    };
    setTimeout(tick, due - storm.t0);
    const id = setInterval(() => {
      burst();
      if (storm.bursts < BURSTS) return;
      clearInterval(id);
      for (let i = 0; i < texts.length; i++) texts[i].data = finals[i];
      storm.done = true;
      storm.t1 = performance.now();
      performance.mark('bench:end');
    }, INTERVAL);
  }
})();
</script>`;
  // The live lines are fixed-size and contained, so rewriting them costs the page little layout:
  // the page's own work stays light and the rewrites keep their pace.
  const liveStyle =
    '<style>#storm-live p{margin:0;height:1.5em;overflow:hidden;white-space:nowrap;contain:strict}</style>';
  const html = head.html
    .replace('</head>', `${liveStyle}</head>`)
    .replace('<article>', `<article><div id="storm-live">${liveHtml}</div>`)
    .replace('</body>', `${script}</body>`);
  return {
    html,
    bursts,
    burstSize,
    burstIntervalMs,
    liveNodes,
    rewriteMinMs,
    rewriteMaxMs,
    durationMs: bursts * burstIntervalMs,
    expectedFinal,
    expectedPerEntity,
    initialMentions:
      head.mentions +
      Array.from({ length: liveNodes }, (_, i) => variantMentions[variantAt(0, i)]!).reduce((a, b) => a + b, 0),
  };
}

/** Aliases usable on pages where counts must be predictable: strong ones, one script each. */
export function strongAliases(aliases: readonly AliasEntry[]): AliasEntry[] {
  const strong = aliases.filter((a) => a.strong && a.text.length >= 4);
  return strong.length >= 6 ? strong : FALLBACK_ALIASES;
}

/** A soak page (issue 19): `window.__soak` = { start(), done, livePerEntity() } — the mentions in the DOM now. */
export interface SoakPage {
  html: string;
  /** What the page does, for the report. */
  scenario: string;
  /** How long the page keeps changing once started, ms. */
  durationMs: number;
}

const soakScript = (body: string): string => `<script>\n(() => {\n${body}\n})();\n</script>`;
const json = (x: unknown): string => JSON.stringify(x).replace(/</g, '\\u003c');

/** Counts of each of `w`'s entities added by `emit` (the Writer counts cumulatively). */
function counted(w: Writer, emit: () => string): { html: string; perEntity: Record<string, number> } {
  const before = { ...w.perEntity };
  const html = emit();
  const perEntity: Record<string, number> = {};
  for (const [id, n] of Object.entries(w.perEntity))
    if (n - (before[id] ?? 0) > 0) perEntity[id] = n - (before[id] ?? 0);
  return { html, perEntity };
}

export interface SpaSoakOptions {
  /** Bare aliases only (see strongAliases), so the page knows what Glossa must count. */
  aliases: readonly AliasEntry[];
  /** Article replacements (500). */
  swaps: number;
  /** Between replacements, ms (50). */
  intervalMs?: number;
  /** Distinct articles cycled through (16), ~3 kB of text each. */
  poolSize?: number;
  seed?: number;
}

/**
 * A single-page app: once started, every `intervalMs` it pushes a new URL through the History API
 * and replaces its article with the next one of a pool, `swaps` times.
 */
export function generateSpaSoak(opts: SpaSoakOptions): SoakPage {
  const intervalMs = opts.intervalMs ?? 50;
  const rand = rng(opts.seed ?? 11);
  const w = new Writer(rand, opts.aliases, 1 / 40);
  const pool: Array<{ html: string; perEntity: Record<string, number> }> = [];
  for (let i = 0; i < (opts.poolSize ?? 16); i++) {
    pool.push(
      counted(w, () => {
        const start = w.textBytes;
        const blocks = [`<h1>${w.sentence('en', 6)}</h1>`];
        while (w.textBytes - start < 3_000) blocks.push(w.block(w.pick(LANG_MIX)));
        return blocks.join('');
      }),
    );
  }
  const script = soakScript(`
  const pool = ${json(pool)};
  const SWAPS = ${opts.swaps}, INTERVAL = ${intervalMs};
  const article = document.querySelector('article');
  const soak = (window.__soak = { done: false, swaps: 0, current: 0, start, livePerEntity: () => pool[soak.current].perEntity });
  function start() {
    performance.mark('bench:start');
    const id = setInterval(() => {
      const k = ++soak.swaps;
      soak.current = k % pool.length;
      history.pushState({ k }, '', '?article=' + k);
      article.replaceChildren(document.createRange().createContextualFragment(pool[soak.current].html));
      if (k >= SWAPS) { clearInterval(id); soak.done = true; performance.mark('bench:end'); }
    }, INTERVAL);
  }`);
  return {
    html: shell('Bench single-page app', pool[0]!.html, script),
    scenario: `${opts.swaps} article replacements through the History API, one every ${intervalMs} ms, ${pool.length} distinct ~3 kB articles`,
    durationMs: opts.swaps * intervalMs,
  };
}

export interface ScrollSoakOptions {
  aliases: readonly AliasEntry[];
  durationMs: number;
  /** Paragraphs per append (10). */
  batch?: number;
  /** Between appends, ms (250). */
  intervalMs?: number;
  /** Batches kept in the DOM; older ones are removed, as long feeds do (40). */
  keepBatches?: number;
  poolSize?: number;
  seed?: number;
}

/**
 * A long infinite scroll: every `intervalMs` a batch of paragraphs is appended, the window scrolled
 * to the bottom, and the oldest batch removed once `keepBatches` are in the DOM, for `durationMs`.
 */
export function generateScrollSoak(opts: ScrollSoakOptions): SoakPage {
  const batch = opts.batch ?? 10;
  const intervalMs = opts.intervalMs ?? 250;
  const keep = opts.keepBatches ?? 40;
  const rand = rng(opts.seed ?? 13);
  const w = new Writer(rand, opts.aliases, 1 / 40);
  const pool: Array<{ html: string; perEntity: Record<string, number> }> = [];
  for (let i = 0; i < (opts.poolSize ?? 300); i++) pool.push(counted(w, () => w.paragraph(w.pick(LANG_MIX))));
  const script = soakScript(`
  const pool = ${json(pool)};
  const B = ${batch}, INTERVAL = ${intervalMs}, KEEP = ${keep}, DURATION = ${opts.durationMs};
  const feed = document.createElement('div');
  document.querySelector('article').appendChild(feed);
  const live = []; // pool indices per batch in the DOM
  let k = 0;
  const soak = (window.__soak = { done: false, appends: 0, start, livePerEntity });
  function livePerEntity() {
    const out = {};
    for (const b of live) for (const i of b) for (const [id, n] of Object.entries(pool[i].perEntity)) out[id] = (out[id] || 0) + n;
    return out;
  }
  function start() {
    performance.mark('bench:start');
    const t0 = performance.now();
    const id = setInterval(() => {
      const div = document.createElement('div');
      const idx = [];
      let html = '';
      for (let i = 0; i < B; i++, k++) { idx.push(k % pool.length); html += pool[k % pool.length].html; }
      div.appendChild(document.createRange().createContextualFragment(html));
      feed.appendChild(div);
      live.push(idx);
      if (live.length > KEEP) { feed.firstElementChild.remove(); live.shift(); }
      soak.appends++;
      window.scrollTo(0, document.documentElement.scrollHeight);
      if (performance.now() - t0 >= DURATION) { clearInterval(id); soak.done = true; performance.mark('bench:end'); }
    }, INTERVAL);
  }`);
  return {
    html: shell('Bench live feed', `<h1>${w.text('Live feed')}</h1>`, script),
    scenario: `${round1(opts.durationMs / 60_000)} min of appends (${batch} paragraphs every ${intervalMs} ms, scrolled to the bottom), the oldest batch removed beyond ${keep}`,
    durationMs: opts.durationMs,
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
