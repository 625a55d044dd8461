/**
 * The popup: the global switch first, then "on this site", what this page holds, search, tuning.
 *
 * Public contract: `popup.html?tab=<tabId>` opened as a normal tab shows and controls that tab
 * (keyboard users who pin it, automated tests). Without `?tab`, the active tab of the window.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import bundledPack from '../pack/bundled-pack.json';
import browser from '../shared/browser';
import { t, uiLanguage } from '../shared/i18n';
import { createKnowledge, type Knowledge } from '../shared/merged-packs';
import { resolveLang } from '../shared/localized-text';
import { isSiteEnabled, type Settings } from '../shared/settings';
import {
  loadGlossary,
  loadSettings,
  onGlossaryChanged,
  onSettingsChanged,
  repairStorage,
  StorageWriteError,
  updateSettings,
} from '../shared/storage';
import type { Pack } from '../text/pack-types';
import { NoticeList } from '../ui/NoticeList';
import { Switch } from '../ui/Switch';
import { PageSection } from './PageSection';
import { resolveTabId, watchPage, type PageState } from './page-state';
import { SearchSection } from './SearchSection';
import { Tuning } from './Tuning';

const BUNDLED = bundledPack as unknown as Pack;

export function Popup() {
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
    void watchPage(
      tabId,
      (s) => !stop && setPage(s),
      () => stop,
    );
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
      setStatus(
        e instanceof StorageWriteError && e.quota
          ? t('popupSaveQuota')
          : t('popupSaveFailed', String((e as Error).message)),
      );
    }
  };

  if (!settings)
    return (
      <main aria-busy="true">
        <h1>{t('popupTitle')}</h1>
      </main>
    );

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
        <h2 id="switches-h" class="visually-hidden">
          {t('popupSwitchesHeading')}
        </h2>
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
              (s) => ({
                ...s,
                disabledSites: on
                  ? s.disabledSites.filter((h) => h !== hostname)
                  : [...new Set([...s.disabledSites, hostname])],
              }),
              on ? t('popupSiteOn', hostname) : t('popupSiteOff', hostname),
            )
          }
        />
        <p id="site-name" class="muted" dir="ltr">
          {hostname ?? (page.kind === 'unavailable' ? t('popupNoSite') : '')}
        </p>
      </section>

      <PageSection
        page={page}
        knowledge={knowledge}
        lang={lang}
        active={activeHere}
        tabId={tabId ?? null}
        onStatus={setStatus}
      />

      <SearchSection
        knowledge={knowledge}
        lang={lang}
        query={query}
        setQuery={setQuery}
        selected={selected}
        setSelected={setSelected}
      />

      <Tuning settings={settings} change={change} />
    </main>
  );
}
