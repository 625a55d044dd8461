/**
 * The popup: the global switch first, then "on this site", what this page holds, search, tuning.
 *
 * Public contract: `popup.html?tab=<tabId>` opened as a normal tab shows and controls that tab
 * (keyboard users who pin it, automated tests). Without `?tab`, the active tab of the window.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import bundledPack from '../pack/bundled-pack.json';
import { applyDocumentLanguage, t, uiLanguage } from '../shared/i18n';
import { pickText, resolveLang } from '../shared/localized-text';
import { createKnowledge, type Knowledge } from '../shared/merged-packs';
import type { PageEntitiesResponse, PageInfoResponse } from '../shared/messages';
import { isSiteEnabled, normaliseHostname, PAINT_STYLES, TOOLTIP_LANGUAGES, type PaintStyle, type Settings, type TooltipLanguage } from '../shared/settings';
import { loadGlossary, loadSettings, onGlossaryChanged, onSettingsChanged, repairStorage, updateSettings, StorageWriteError } from '../shared/storage';
import { foldString } from '../text/normalise';
import { CATEGORIES, type Pack } from '../text/pack-types';
import { categoryLabel, EntityCard } from '../ui/EntityCard';
import { CARD_CSS } from '../ui/card-styles';
import { NoticeList } from './notices';

const BUNDLED = bundledPack as unknown as Pack;

type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; hostname: string | null; entities: PageEntitiesResponse['entities']; complete: boolean };

export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isPageEntities(v: unknown): v is PageEntitiesResponse {
  return typeof v === 'object' && v !== null && Array.isArray((v as PageEntitiesResponse).entities);
}

/** Asks the tab's top frame; retries while the scan is incomplete; calls `update` on each answer. */
async function watchPage(tabId: number, update: (s: PageState) => void, stopped: () => boolean): Promise<void> {
  let hostname: string | null = null;
  try {
    const info = (await browser.tabs.sendMessage(tabId, { type: 'glossa:page-info' }, { frameId: 0 })) as PageInfoResponse | undefined;
    if (info && typeof info.hostname === 'string') hostname = normaliseHostname(info.hostname) ?? info.hostname.toLowerCase();
  } catch {
    // No content script: decided by the page-entities request below.
  }
  let failures = 0;
  for (let round = 0; !stopped(); round++) {
    try {
      const response = await browser.tabs.sendMessage(tabId, { type: 'glossa:page-entities' }, { frameId: 0 });
      if (!isPageEntities(response)) throw new Error('no answer');
      failures = 0;
      update({ kind: 'ready', hostname, entities: response.entities.filter((e) => typeof e.id === 'string' && typeof e.count === 'number'), complete: response.complete === true });
      await sleep(response.complete ? 2000 : 250);
    } catch {
      // A page just loading may not have its content script yet: a few tries before "cannot run".
      if (++failures >= (round < 8 ? 8 : 3)) update({ kind: 'unavailable' });
      await sleep(250);
    }
  }
}

function Switch({ id, checked, disabled, label, onChange, describedBy }: { id: string; checked: boolean; disabled?: boolean; label: string; onChange: (v: boolean) => void; describedBy?: string }) {
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [glossary, setGlossary] = useState<Pack | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    void repairStorage();
    void loadSettings().then(setSettings);
    void loadGlossary().then(setGlossary);
    const offS = onSettingsChanged(setSettings);
    const offG = onGlossaryChanged(setGlossary);
    void resolveTabId(location.search).then(setTabId, () => setTabId(null));
    return () => {
      offS();
      offG();
    };
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return void setPage({ kind: 'unavailable' });
    let stop = false;
    void watchPage(tabId, (s) => !stop && setPage(s), () => stop);
    return () => {
      stop = true;
    };
  }, [tabId]);

  const knowledge: Knowledge = useMemo(() => createKnowledge(BUNDLED, glossary), [glossary]);
  const lang = resolveLang(settings?.language ?? 'auto', uiLanguage());

  const change = async (fn: (s: Settings) => Settings, announce?: string) => {
    try {
      setSettings(await updateSettings(fn));
      if (announce) setStatus(announce);
    } catch (e) {
      setStatus(e instanceof StorageWriteError && e.quota ? t('popupSaveQuota') : t('popupSaveFailed', String((e as Error).message)));
    }
  };

  if (!settings) return <main aria-busy="true"><h1>{t('popupTitle')}</h1></main>;

  const hostname = page.kind === 'ready' ? page.hostname : null;
  const siteOn = hostname ? !settings.disabledSites.includes(hostname) : true;
  const activeHere = hostname ? isSiteEnabled(settings, hostname) : settings.enabled;

  return (
    <main>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      <p role="status" aria-live="polite" class="status" id="status">
        {status}
      </p>
      <NoticeList />

      <section aria-labelledby="switches-h" class="switches">
        <h2 id="switches-h" class="visually-hidden">{t('popupSwitchesHeading')}</h2>
        <Switch
          id="global-switch"
          checked={settings.enabled}
          label={t('popupGlobalSwitch')}
          onChange={(on) => void change((s) => ({ ...s, enabled: on }), on ? t('popupGlossaOn') : t('popupGlossaOff'))}
        />
        <Switch
          id="site-switch"
          checked={siteOn}
          disabled={!hostname}
          describedBy="site-name"
          label={t('popupSiteSwitch')}
          onChange={(on) =>
            hostname &&
            void change(
              (s) => ({ ...s, disabledSites: on ? s.disabledSites.filter((h) => h !== hostname) : [...new Set([...s.disabledSites, hostname])] }),
              on ? t('popupSiteOn', hostname) : t('popupSiteOff', hostname),
            )
          }
        />
        <p id="site-name" class="muted" dir="ltr">
          {hostname ?? (page.kind === 'unavailable' ? t('popupNoSite') : '')}
        </p>
      </section>

      <PageSection page={page} knowledge={knowledge} lang={lang} active={activeHere} tabId={tabId ?? null} onStatus={setStatus} />

      <SearchSection knowledge={knowledge} lang={lang} query={query} setQuery={setQuery} selected={selected} setSelected={setSelected} />

      <Tuning settings={settings} change={change} />
    </main>
  );
}

function PageSection({ page, knowledge, lang, active, tabId, onStatus }: { page: PageState; knowledge: Knowledge; lang: ReturnType<typeof resolveLang>; active: boolean; tabId: number | null; onStatus: (s: string) => void }) {
  const rows = page.kind === 'ready'
    ? page.entities
        .map((e) => ({ ...e, known: knowledge.entity(e.id) }))
        .filter((r) => r.known)
        .sort((a, b) => b.count - a.count || (pickText(a.known!.entity.names, lang)?.text ?? '').localeCompare(pickText(b.known!.entity.names, lang)?.text ?? ''))
    : [];
  const reveal = async (id: string, name: string) => {
    if (tabId === null) return;
    try {
      await browser.tabs.sendMessage(tabId, { type: 'glossa:reveal', entityId: id }, { frameId: 0 });
      onStatus(t('popupRevealed', name));
    } catch {
      onStatus(t('popupRevealFailed', name));
    }
  };
  return (
    <section aria-labelledby="page-h" class="page">
      <h2 id="page-h">{t('popupOnThisPage')}</h2>
      {page.kind === 'loading' && <p class="muted" id="page-loading">{t('popupLoading')}</p>}
      {page.kind === 'unavailable' && (
        <p class="state" id="page-unavailable">
          {t('popupCannotRun')}
        </p>
      )}
      {page.kind === 'ready' && !active && <p class="muted" id="page-off">{t('popupOffHere')}</p>}
      {page.kind === 'ready' && rows.length === 0 && (
        <p class="state" id="page-empty">
          {page.complete ? t('popupEmpty') : t('popupScanning')}
        </p>
      )}
      {rows.length > 0 && (
        <ul class="entity-list" id="page-entities" aria-busy={page.kind === 'ready' && !page.complete}>
          {rows.map((r) => {
            const name = pickText(r.known!.entity.names, lang)?.text ?? r.id;
            return (
              <li key={r.id}>
                <button type="button" class="entity" data-entity={r.id} data-count={r.count} onClick={() => void reveal(r.id, name)}>
                  <span class="name">{name}</span>
                  <span class={`cat glossa-cat-${r.known!.entity.category}`}>{categoryLabel(r.known!.entity.category)}</span>
                  {r.known!.personal && <span class="mine">{t('popupPersonal')}</span>}
                  <span class="count" aria-hidden="true">{r.count}</span>
                  <span class="visually-hidden">{t('popupMentionCount', String(r.count))}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Search by any name or alias, in any of the three languages, folded like the matcher folds text. */
export function searchEntities(knowledge: Knowledge, query: string, limit = 8) {
  const q = foldString(query.trim());
  if (q.length < 2) return [];
  const scored: Array<{ id: string; score: number }> = [];
  for (const k of knowledge.entities) {
    const texts = [
      ...Object.values(k.entity.names),
      ...Object.values(k.entity.aliases).flatMap((list) => (list ?? []).map((a) => (typeof a === 'string' ? a : a.text))),
    ].filter((s): s is string => typeof s === 'string');
    let best = -1;
    for (const text of texts) {
      const f = foldString(text);
      const at = f.indexOf(q);
      if (at < 0) continue;
      const score = (f === q ? 3 : at === 0 ? 2 : 1) * 1000 - f.length;
      best = Math.max(best, score);
    }
    if (best >= 0) scored.push({ id: k.entity.id, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.id);
}

function SearchSection({ knowledge, lang, query, setQuery, selected, setSelected }: { knowledge: Knowledge; lang: ReturnType<typeof resolveLang>; query: string; setQuery: (q: string) => void; selected: string | null; setSelected: (id: string | null) => void }) {
  const results = useMemo(() => searchEntities(knowledge, query), [knowledge, query]);
  const cardRef = useRef<HTMLDivElement>(null);
  const shown = selected ? knowledge.entity(selected) : undefined;
  useEffect(() => {
    if (shown) cardRef.current?.focus();
  }, [selected]);
  return (
    <section aria-labelledby="search-h" class="search">
      <h2 id="search-h">{t('popupSearchHeading')}</h2>
      <label for="search-input" class="visually-hidden">{t('popupSearchLabel')}</label>
      <input
        id="search-input"
        type="search"
        dir="auto"
        autocomplete="off"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setSelected(null);
        }}
        aria-describedby="search-count"
      />
      <p id="search-count" class="muted" aria-live="polite">
        {query.trim().length >= 2 ? (results.length ? t('popupSearchCount', String(results.length)) : t('popupSearchNone')) : ''}
      </p>
      {results.length > 0 && (
        <ul class="entity-list" id="search-results">
          {results.map((id) => {
            const k = knowledge.entity(id)!;
            const name = pickText(k.entity.names, lang)?.text ?? id;
            return (
              <li key={id}>
                <button type="button" class="entity" data-entity={id} aria-expanded={selected === id} aria-controls="search-card" onClick={() => setSelected(selected === id ? null : id)}>
                  <span class="name">{name}</span>
                  <span class={`cat glossa-cat-${k.entity.category}`}>{categoryLabel(k.entity.category)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown && (
        <div id="search-card" class="card-wrap" tabIndex={-1} ref={cardRef}>
          <EntityCard entity={shown.entity} lang={lang} personal={shown.personal} updated={knowledge.updatedOf(shown.entity.id)} headingLevel={3} />
        </div>
      )}
    </section>
  );
}

const PAINT_KEYS: Record<PaintStyle, string> = { underline: 'popupPaintUnderline', background: 'popupPaintBackground', none: 'popupPaintNone' };
const LANGUAGE_LABELS: Record<TooltipLanguage, string> = { auto: '', en: 'English', ar: 'العربية', fr: 'Français' };

function Tuning({ settings, change }: { settings: Settings; change: (fn: (s: Settings) => Settings, announce?: string) => Promise<void> }) {
  return (
    <section aria-labelledby="tuning-h" class="tuning">
      <h2 id="tuning-h">{t('popupTuningHeading')}</h2>
      <fieldset>
        <legend>{t('popupCategoriesLegend')}</legend>
        {CATEGORIES.map((c) => (
          <div class="check" key={c}>
            <input type="checkbox" id={`cat-${c}`} checked={settings.categories[c]} onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void change((s) => ({ ...s, categories: { ...s.categories, [c]: on } }));
              }} />
            <label for={`cat-${c}`}>{categoryLabel(c)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popupPaintLegend')}</legend>
        {PAINT_STYLES.map((p) => (
          <div class="check" key={p}>
            <input type="radio" name="paint" id={`paint-${p}`} value={p} checked={settings.paintStyle === p} onChange={() => void change((s) => ({ ...s, paintStyle: p }))} />
            <label for={`paint-${p}`}>{t(PAINT_KEYS[p])}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popupMentionsLegend')}</legend>
        <div class="check">
          <input type="radio" name="mentions" id="mentions-first" checked={!settings.paintAll} onChange={() => void change((s) => ({ ...s, paintAll: false }))} />
          <label for="mentions-first">{t('popupMentionsFirst')}</label>
        </div>
        <div class="check">
          <input type="radio" name="mentions" id="mentions-all" checked={settings.paintAll} onChange={() => void change((s) => ({ ...s, paintAll: true }))} />
          <label for="mentions-all">{t('popupMentionsAll')}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for="tooltip-language">{t('popupLanguageLabel')}</label>
        <select id="tooltip-language" value={settings.language} onChange={(e) => {
            const language = (e.currentTarget as HTMLSelectElement).value as TooltipLanguage;
            void change((s) => ({ ...s, language }));
          }}>
          {TOOLTIP_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
              {l === 'auto' ? t('popupLanguageAuto') : LANGUAGE_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

function injectCardStyles() {
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  document.head.append(style);
}

applyDocumentLanguage(document);
document.title = t('popupTitle');
injectCardStyles();
render(<Popup />, document.getElementById('app')!);
