/**
 * The options page: sites where Glossa is off, the personal glossary (add, edit, delete, import,
 * export), settings export/import and reset. Every write is a read-modify-write of the newest
 * stored value (storage.ts), and storage.onChanged refreshes the page, so two open options pages
 * never lose each other's edits. `options.html#add=<text>` opens the add form pre-filled.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyDraft, type EntityDraft } from '../shared/glossary';
import { t, uiLanguage } from '../shared/i18n';
import { resolveLang } from '../shared/localized-text';
import type { Settings } from '../shared/settings';
import { loadGlossary, loadSettings, onGlossaryChanged, onSettingsChanged, repairStorage } from '../shared/storage';
import type { Entity, Pack } from '../text/pack-types';
import { NoticeList } from '../ui/NoticeList';
import { Glossary } from './Glossary';
import { ImportExport } from './ImportExport';
import { SettingsFiles } from './SettingsFiles';
import { Sites } from './Sites';
import { debug } from '../shared/debug-log';

function readPrefill(): string | null {
  const m = /^#add=(.*)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] ?? '').slice(0, 200);
  } catch (e) {
    debug('options: read the #add= prefill', e);
    return null;
  }
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [glossary, setGlossary] = useState<Pack | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<{ draft: EntityDraft; original?: Entity } | null>(() => {
    const prefill = readPrefill();
    return prefill !== null ? { draft: emptyDraft(prefill) } : null;
  });

  useEffect(() => {
    void repairStorage().then(() => {
      void loadSettings().then(setSettings);
      void loadGlossary().then(setGlossary);
    });
    const offS = onSettingsChanged(setSettings);
    const offG = onGlossaryChanged(setGlossary);
    return () => {
      offS();
      offG();
    };
  }, []);

  if (!settings)
    return (
      <main aria-busy="true">
        <h1>{t('optionsTitle')}</h1>
      </main>
    );
  const lang = resolveLang(settings.language, uiLanguage());

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p role="status" aria-live="polite" id="status" class="status">
        {status}
      </p>
      <NoticeList withBackups />
      <Sites settings={settings} onStatus={setStatus} />
      <Glossary glossary={glossary} lang={lang} editing={editing} setEditing={setEditing} onStatus={setStatus} />
      <ImportExport glossary={glossary} onStatus={setStatus} />
      <SettingsFiles settings={settings} onStatus={setStatus} />
    </main>
  );
}
