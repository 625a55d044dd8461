/**
 * The options page: sites where Glossa is off, the personal glossary (add, edit, delete, import,
 * export), settings export/import and reset. Every write is a read-modify-write of the newest
 * stored value (storage.ts), and storage.onChanged refreshes the page, so two open options pages
 * never lose each other's edits. `options.html#add=<text>` opens the add form pre-filled.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import bundledPack from '../pack/bundled-pack.json';
import {
  applyImport, draftToEntity, emptyDraft, emptyFact, entityToDraft, glossaryToFile, MAX_GLOSSARY_FILE_BYTES, parseGlossaryFile,
  removeEntity, slugify, tooLarge, upsertEntity, type EntityDraft,
} from '../shared/glossary';
import { applyDocumentLanguage, t, uiLanguage } from '../shared/i18n';
import { pickText, resolveLang } from '../shared/localized-text';
import { defaultSettings, MAX_SETTINGS_FILE_BYTES, normaliseHostname, settingsFromFile, settingsToFile, type Settings } from '../shared/settings';
import {
  loadGlossary, loadSettings, onGlossaryChanged, onSettingsChanged, repairStorage, StorageWriteError, updateGlossary, updateSettings,
} from '../shared/storage';
import { CATEGORIES, LANGS, type Entity, type Lang, type Pack } from '../text/pack-types';
import { categoryLabel } from '../ui/EntityCard';
import { downloadText, NoticeList } from '../popup/notices';

const BUNDLED = bundledPack as unknown as Pack;
const BUNDLED_IDS: ReadonlySet<string> = new Set(BUNDLED.entities.map((e) => e.id));
const LANG_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', fr: 'Français' };

function saveError(e: unknown): string {
  return e instanceof StorageWriteError && e.quota ? t('popupSaveQuota') : t('popupSaveFailed', e instanceof Error ? e.message : String(e));
}

function readPrefill(): string | null {
  const m = /^#add=(.*)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] ?? '').slice(0, 200);
  } catch {
    return null;
  }
}

function Options() {
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

  if (!settings) return <main aria-busy="true"><h1>{t('optionsTitle')}</h1></main>;
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

function Sites({ settings, onStatus }: { settings: Settings; onStatus: (s: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const host = normaliseHostname(value);
    if (!host) return setError(t('optionsSiteInvalid'));
    setError('');
    try {
      await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host] }));
      setValue('');
      onStatus(t('popupSiteOff', host));
    } catch (err) {
      onStatus(saveError(err));
    }
  };
  const remove = async (host: string) => {
    try {
      await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }));
      onStatus(t('popupSiteOn', host));
      document.getElementById('site-input')?.focus();
    } catch (err) {
      onStatus(saveError(err));
    }
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted" id="sites-empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul id="sites-list" class="rows">
          {settings.disabledSites.map((host) => (
            <li key={host} data-site={host}>
              <span dir="ltr">{host}</span>
              <button type="button" class="remove-site" onClick={() => void remove(host)} aria-label={t('optionsSiteRemoveLabel', host)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} class="inline-form" noValidate>
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <input id="site-input" dir="ltr" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'site-error' : undefined} placeholder="example.com" />
        <button type="submit" id="site-add">{t('optionsAdd')}</button>
        {error && <p id="site-error" class="error">{error}</p>}
      </form>
    </section>
  );
}

function Glossary({ glossary, lang, editing, setEditing, onStatus }: { glossary: Pack | null; lang: Lang; editing: { draft: EntityDraft; original?: Entity } | null; setEditing: (e: { draft: EntityDraft; original?: Entity } | null) => void; onStatus: (s: string) => void }) {
  const entities = glossary?.entities ?? [];
  const addButton = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);
  const del = async (e: Entity) => {
    const name = pickText(e.names, lang)?.text ?? e.id;
    setPending(null);
    try {
      await updateGlossary((g) => removeEntity(g, e.id));
      onStatus(t('optionsDeleted', name));
      addButton.current?.focus();
    } catch (err) {
      onStatus(saveError(err));
    }
  };
  return (
    <section aria-labelledby="glossary-h">
      <h2 id="glossary-h">{t('optionsGlossaryHeading')}</h2>
      <p class="muted">{t('optionsGlossaryIntro')}</p>
      {entities.length === 0 ? (
        <p class="muted" id="glossary-empty">{t('optionsGlossaryEmpty')}</p>
      ) : (
        <ul id="glossary-list" class="rows">
          {entities.map((e) => {
            const name = pickText(e.names, lang)?.text ?? e.id;
            return (
              <li key={e.id} data-entity={e.id}>
                <span class="name">{name}</span>
                <span class="cat">{categoryLabel(e.category)}</span>
                <span class="mine">{t('popupPersonal')}</span>
                <button type="button" class="edit" aria-label={t('optionsEditLabel', name)} onClick={() => setEditing({ draft: entityToDraft(e), original: e })}>
                  {t('optionsEdit')}
                </button>
                {pending === e.id ? (
                  <span class="confirm" role="group" aria-label={t('optionsDeleteConfirm', name)}>
                    <button type="button" class="delete-confirm" ref={confirmRef} onClick={() => void del(e)}>
                      {t('optionsDeleteConfirm', name)}
                    </button>
                    <button type="button" class="delete-cancel" onClick={() => setPending(null)}>
                      {t('optionsCancel')}
                    </button>
                  </span>
                ) : (
                  <button type="button" class="delete" aria-label={t('optionsDeleteLabel', name)} onClick={() => setPending(e.id)}>
                    {t('optionsDelete')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing ? (
        <EntityForm
          key={editing.original?.id ?? 'new'}
          initial={editing.draft}
          original={editing.original}
          personalIds={new Set(entities.map((e) => e.id))}
          onDone={(message) => {
            setEditing(null);
            if (message) onStatus(message);
            if (location.hash.startsWith('#add=')) history.replaceState(null, '', location.pathname);
            setTimeout(() => addButton.current?.focus(), 0);
          }}
        />
      ) : (
        <button type="button" id="add-term" ref={addButton} onClick={() => setEditing({ draft: emptyDraft() })}>
          {t('optionsAddTerm')}
        </button>
      )}
    </section>
  );
}

/** Which form field an error path ("names.en: …", "facts[0].sources[0].url: …") belongs to. */
function fieldOf(error: string): string | null {
  const path = error.split(':')[0] ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^(names|summary|aliases)\.(en|ar|fr)/.exec(path))) return `f-${m[1]}-${m[2]}`;
  if ((m = /^(names|summary)$/.exec(path))) return `f-${m[1]}-en`;
  if ((m = /^facts\[(\d+)\]\.sources\[\d+\]\.url/.exec(path))) return `f-fact-${m[1]}-url`;
  if ((m = /^facts\[(\d+)\]\.sources\[\d+\]\.title/.exec(path))) return `f-fact-${m[1]}-title`;
  if ((m = /^facts\[(\d+)\]\.(date|asOf)/.exec(path))) return `f-fact-${m[1]}-date`;
  if ((m = /^facts\[(\d+)\]\.text\.?(en|ar|fr)?/.exec(path))) return `f-fact-${m[1]}-text-${m[2] ?? 'en'}`;
  if ((m = /^facts\[(\d+)\]$/.exec(path))) return `f-fact-${m[1]}-date`;
  if (path === 'id') return 'f-id';
  if (path === 'category') return 'f-category';
  return null;
}

function EntityForm({ initial, original, personalIds, onDone }: { initial: EntityDraft; original?: Entity; personalIds: ReadonlySet<string>; onDone: (message?: string) => void }) {
  const [draft, setDraft] = useState<EntityDraft>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  const set = (fn: (d: EntityDraft) => void) => {
    const next = structuredClone(draft);
    fn(next);
    setDraft(next);
  };
  const errorFor = (id: string) => errors.filter((e) => fieldOf(e) === id);
  const invalid = (id: string): { 'aria-invalid'?: boolean; 'aria-describedby'?: string } => (errorFor(id).length ? { 'aria-invalid': true, 'aria-describedby': `${id}-err` } : {});
  const fieldError = (id: string) => errorFor(id).length > 0 && <p id={`${id}-err`} class="error">{errorFor(id).join(' · ')}</p>;

  const submit = async (e: Event) => {
    e.preventDefault();
    const withId = structuredClone(draft);
    if (!withId.id.trim()) {
      const name = withId.names.en || withId.names.fr || withId.names.ar;
      const taken = new Set([...BUNDLED_IDS, ...personalIds]);
      withId.id = original?.id ?? slugify(name, taken);
    }
    const problems: string[] = [];
    if (!withId.category) problems.push(`category: ${t('optionsErrorCategory')}`);
    if (BUNDLED_IDS.has(withId.id.trim())) problems.push(`id: ${t('optionsErrorBundledId', withId.id.trim())}`);
    if (withId.id.trim() !== original?.id && personalIds.has(withId.id.trim())) problems.push(`id: ${t('optionsErrorTakenId', withId.id.trim())}`);
    const result = draftToEntity(withId, original);
    const all = [...problems, ...(result.ok ? [] : result.errors.filter((x) => !(problems.length && x.startsWith('category'))))];
    if (all.length || !result.ok) {
      setErrors(all);
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    try {
      await updateGlossary((g) => upsertEntity(g, result.value, original?.id));
      onDone(t('optionsSaved', pickText(result.value.names, 'en')?.text ?? result.value.id));
    } catch (err) {
      setErrors([saveError(err)]);
      setTimeout(() => summaryRef.current?.focus(), 0);
    }
  };

  const textField = (id: string, label: string, value: string, onInput: (v: string) => void, opts: { lang?: Lang; multiline?: boolean; type?: 'text' | 'url' } = {}) => (
    <div class="field">
      <label for={id}>{label}</label>
      {opts.multiline ? (
        <textarea id={id} rows={2} lang={opts.lang} dir={opts.lang === 'ar' ? 'rtl' : opts.lang ? 'ltr' : 'auto'} value={value} onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} {...invalid(id)} />
      ) : (
        <input id={id} type={(opts.type ?? 'text') as 'text'} lang={opts.lang} dir={opts.lang === 'ar' ? 'rtl' : opts.lang ? 'ltr' : 'auto'} value={value} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} {...invalid(id)} />
      )}
      {fieldError(id)}
    </div>
  );

  return (
    <form id="entity-form" class="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="entity-form-h">
      <h3 id="entity-form-h">{original ? t('optionsEditHeading') : t('optionsAddHeading')}</h3>
      {errors.length > 0 && (
        <div class="error-summary" tabIndex={-1} ref={summaryRef} role="alert" id="form-errors">
          <p>{t('optionsFormErrors', String(errors.length))}</p>
          <ul>
            {errors.map((e, i) => {
              const field = fieldOf(e);
              return (
                <li key={i} dir="ltr">
                  {field ? (
                    <a href={`#${field}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(field)?.focus(); }}>
                      {e}
                    </a>
                  ) : (
                    e
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div class="field">
        <label for="f-category">{t('optionsCategory')}</label>
        <select id="f-category" ref={firstRef} value={draft.category} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; set((d) => void (d.category = v as EntityDraft['category'])); }} {...invalid('f-category')}>
          <option value="">{t('optionsChooseCategory')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>{categoryLabel(c)}</option>
          ))}
        </select>
        {fieldError('f-category')}
      </div>
      <fieldset>
        <legend>{t('optionsNames')}</legend>
        {LANGS.map((l) => textField(`f-names-${l}`, LANG_NAMES[l], draft.names[l], (v) => set((d) => void (d.names[l] = v)), { lang: l }))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsAliases')}</legend>
        <p class="muted" id="aliases-help">{t('optionsAliasesHelp')}</p>
        {LANGS.map((l) => textField(`f-aliases-${l}`, LANG_NAMES[l], draft.aliases[l], (v) => set((d) => void (d.aliases[l] = v)), { lang: l, multiline: true }))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsSummary')}</legend>
        {LANGS.map((l) => textField(`f-summary-${l}`, LANG_NAMES[l], draft.summary[l], (v) => set((d) => void (d.summary[l] = v)), { lang: l, multiline: true }))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsFacts')}</legend>
        {draft.facts.map((f, i) => (
          <fieldset key={i} class="fact">
            <legend>{t('optionsFactN', String(i + 1))}</legend>
            {textField(`f-fact-${i}-date`, t('optionsFactDate'), f.date, (v) => set((d) => void (d.facts[i]!.date = v)))}
            {LANGS.map((l) => textField(`f-fact-${i}-text-${l}`, LANG_NAMES[l], f.text[l], (v) => set((d) => void (d.facts[i]!.text[l] = v)), { lang: l, multiline: true }))}
            {textField(`f-fact-${i}-title`, t('optionsSourceTitle'), f.sourceTitle, (v) => set((d) => void (d.facts[i]!.sourceTitle = v)))}
            {textField(`f-fact-${i}-url`, t('optionsSourceUrl'), f.sourceUrl, (v) => set((d) => void (d.facts[i]!.sourceUrl = v)), { type: 'url' })}
            <button type="button" class="remove-fact" onClick={() => set((d) => void d.facts.splice(i, 1))}>
              {t('optionsRemoveFact', String(i + 1))}
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-fact" onClick={() => set((d) => void d.facts.push(emptyFact()))}>
          {t('optionsAddFact')}
        </button>
      </fieldset>
      <div class="field">
        <label for="f-id">{t('optionsId')}</label>
        <input id="f-id" dir="ltr" value={draft.id} placeholder={t('optionsIdPlaceholder')} onInput={(e) => { const v = (e.currentTarget as HTMLInputElement).value; set((d) => void (d.id = v)); }} {...invalid('f-id')} />
        {fieldError('f-id')}
      </div>
      <div class="actions">
        <button type="submit" id="entity-save">{t('optionsSave')}</button>
        <button type="button" id="entity-cancel" onClick={() => onDone()}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}

function ImportExport({ glossary, onStatus }: { glossary: Pack | null; onStatus: (s: string) => void }) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [errors, setErrors] = useState<{ file: string; list: string[] } | null>(null);
  const [result, setResult] = useState('');
  const errorRef = useRef<HTMLDivElement>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setResult('');
    setErrors(null);
    const fail = (list: string[]) => {
      setErrors({ file: file.name, list });
      onStatus(t('optionsImportRefused', file.name));
      input.value = '';
      setTimeout(() => errorRef.current?.focus(), 0);
    };
    if (file.size > MAX_GLOSSARY_FILE_BYTES) return fail([tooLarge(file.size)]);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return fail([`file: ${String(e)}`]);
    }
    const parsed = parseGlossaryFile(text, { bundledIds: BUNDLED_IDS });
    if (!parsed.ok) return fail(parsed.errors);
    try {
      let outcome: ReturnType<typeof applyImport> | undefined;
      await updateGlossary((current) => {
        outcome = applyImport(current, parsed.value, mode);
        return outcome.pack;
      });
      const message = t('optionsImported', [file.name, String(outcome!.added.length), String(outcome!.replaced.length), String(outcome!.removed.length)]);
      setResult(message);
      onStatus(message);
    } catch (e) {
      fail([saveError(e)]);
    }
    input.value = '';
  };
  return (
    <section aria-labelledby="io-h">
      <h2 id="io-h">{t('optionsImportExportHeading')}</h2>
      <fieldset>
        <legend>{t('optionsImportMode')}</legend>
        <div class="check">
          <input type="radio" name="import-mode" id="import-merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <label for="import-merge">{t('optionsImportMerge')}</label>
        </div>
        <div class="check">
          <input type="radio" name="import-mode" id="import-replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <label for="import-replace">{t('optionsImportReplace')}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for="import-file">{t('optionsImportFile')}</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} aria-describedby="import-help" />
        <p id="import-help" class="muted">{t('optionsImportHelp')}</p>
      </div>
      {errors && (
        <div id="import-errors" class="error-summary" tabIndex={-1} ref={errorRef} role="alert">
          <p>{t('optionsImportErrors', [errors.file, String(errors.list.length)])}</p>
          <ul dir="ltr">
            {errors.list.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {result && <p id="import-result" class="ok">{result}</p>}
      <button type="button" id="export-glossary" disabled={!glossary || glossary.entities.length === 0} onClick={() => glossary && downloadText(`glossa-glossary-${glossary.updated}.json`, glossaryToFile(glossary))}>
        {t('optionsExportGlossary')}
      </button>
    </section>
  );
}

function SettingsFiles({ settings, onStatus }: { settings: Settings; onStatus: (s: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setErrors([`file: ${t('optionsSettingsFileTooLarge')}`]);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setErrors([`file: ${String(e)}`]);
    }
    const parsed = settingsFromFile(text);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      onStatus(t('optionsImportRefused', file.name));
      return;
    }
    try {
      await updateSettings(() => parsed.settings);
      onStatus(t('optionsSettingsImported'));
    } catch (e) {
      setErrors([saveError(e)]);
    }
  };
  const reset = async () => {
    try {
      await updateSettings(() => defaultSettings());
      onStatus(t('optionsResetDone'));
    } catch (e) {
      onStatus(saveError(e));
    }
    setConfirming(false);
    setTimeout(() => resetRef.current?.focus(), 0);
  };
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t('optionsSettingsHeading')}</h2>
      <div class="actions">
        <button type="button" id="export-settings" onClick={() => downloadText('glossa-settings.json', settingsToFile(settings))}>
          {t('optionsExportSettings')}
        </button>
      </div>
      <div class="field">
        <label for="import-settings">{t('optionsImportSettings')}</label>
        <input id="import-settings" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} />
      </div>
      {errors.length > 0 && (
        <div id="settings-errors" class="error-summary" role="alert">
          <ul dir="ltr">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('optionsResetQuestion')}</p>
          <button type="button" id="reset-confirm" ref={confirmRef} onClick={() => void reset()}>
            {t('optionsResetConfirm')}
          </button>
          <button type="button" id="reset-cancel" onClick={() => { setConfirming(false); setTimeout(() => resetRef.current?.focus(), 0); }}>
            {t('optionsCancel')}
          </button>
        </div>
      ) : (
        <button type="button" id="reset-settings" ref={resetRef} onClick={() => setConfirming(true)}>
          {t('optionsReset')}
        </button>
      )}
    </section>
  );
}

applyDocumentLanguage(document);
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
