import { useEffect, useRef, useState } from 'preact/hooks';
import { draftToEntity, emptyFact, slugify, upsertEntity, type EntityDraft } from '../shared/glossary';
import { t } from '../shared/i18n';
import { pickText } from '../shared/localized-text';
import { updateGlossary } from '../shared/storage';
import { CATEGORIES, LANGS, type Entity, type Lang } from '../text/pack-types';
import { categoryLabel } from '../ui/EntityCard';
import { BUNDLED_IDS } from './bundled-ids';
import { saveError } from './save-error';

const LANG_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', fr: 'Français' };

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

/** The form that adds or edits one personal entry, with an error summary linked to its fields. */
export function EntityForm({
  initial,
  original,
  personalIds,
  onDone,
}: {
  initial: EntityDraft;
  original?: Entity;
  personalIds: ReadonlySet<string>;
  onDone: (message?: string) => void;
}) {
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
  const invalid = (id: string): { 'aria-invalid'?: boolean; 'aria-describedby'?: string } =>
    errorFor(id).length ? { 'aria-invalid': true, 'aria-describedby': `${id}-err` } : {};
  const fieldError = (id: string) =>
    errorFor(id).length > 0 && (
      <p id={`${id}-err`} class="error">
        {errorFor(id).join(' · ')}
      </p>
    );

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
    if (withId.id.trim() !== original?.id && personalIds.has(withId.id.trim()))
      problems.push(`id: ${t('optionsErrorTakenId', withId.id.trim())}`);
    const result = draftToEntity(withId, original);
    const all = [
      ...problems,
      ...(result.ok ? [] : result.errors.filter((x) => !(problems.length && x.startsWith('category')))),
    ];
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

  const textField = (
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    opts: { lang?: Lang; multiline?: boolean; type?: 'text' | 'url' } = {},
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      {opts.multiline ? (
        <textarea
          id={id}
          rows={2}
          lang={opts.lang}
          dir={opts.lang === 'ar' ? 'rtl' : opts.lang ? 'ltr' : 'auto'}
          value={value}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          {...invalid(id)}
        />
      ) : (
        <input
          id={id}
          type={(opts.type ?? 'text') as 'text'}
          lang={opts.lang}
          dir={opts.lang === 'ar' ? 'rtl' : opts.lang ? 'ltr' : 'auto'}
          value={value}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          {...invalid(id)}
        />
      )}
      {fieldError(id)}
    </div>
  );

  return (
    <form
      id="entity-form"
      class="entity-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="entity-form-h"
    >
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
                    <a
                      href={`#${field}`}
                      onClick={(ev) => {
                        ev.preventDefault();
                        document.getElementById(field)?.focus();
                      }}
                    >
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
        <select
          id="f-category"
          ref={firstRef}
          value={draft.category}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            set((d) => void (d.category = v as EntityDraft['category']));
          }}
          {...invalid('f-category')}
        >
          <option value="">{t('optionsChooseCategory')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        {fieldError('f-category')}
      </div>
      <fieldset>
        <legend>{t('optionsNames')}</legend>
        {LANGS.map((l) =>
          textField(`f-names-${l}`, LANG_NAMES[l], draft.names[l], (v) => set((d) => void (d.names[l] = v)), {
            lang: l,
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsAliases')}</legend>
        <p class="muted" id="aliases-help">
          {t('optionsAliasesHelp')}
        </p>
        {LANGS.map((l) =>
          textField(`f-aliases-${l}`, LANG_NAMES[l], draft.aliases[l], (v) => set((d) => void (d.aliases[l] = v)), {
            lang: l,
            multiline: true,
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsSummary')}</legend>
        {LANGS.map((l) =>
          textField(`f-summary-${l}`, LANG_NAMES[l], draft.summary[l], (v) => set((d) => void (d.summary[l] = v)), {
            lang: l,
            multiline: true,
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsFacts')}</legend>
        {draft.facts.map((f, i) => (
          <fieldset key={i} class="fact">
            <legend>{t('optionsFactN', String(i + 1))}</legend>
            {textField(`f-fact-${i}-date`, t('optionsFactDate'), f.date, (v) =>
              set((d) => void (d.facts[i]!.date = v)),
            )}
            {LANGS.map((l) =>
              textField(
                `f-fact-${i}-text-${l}`,
                LANG_NAMES[l],
                f.text[l],
                (v) => set((d) => void (d.facts[i]!.text[l] = v)),
                { lang: l, multiline: true },
              ),
            )}
            {textField(`f-fact-${i}-title`, t('optionsSourceTitle'), f.sourceTitle, (v) =>
              set((d) => void (d.facts[i]!.sourceTitle = v)),
            )}
            {textField(
              `f-fact-${i}-url`,
              t('optionsSourceUrl'),
              f.sourceUrl,
              (v) => set((d) => void (d.facts[i]!.sourceUrl = v)),
              { type: 'url' },
            )}
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
        <input
          id="f-id"
          dir="ltr"
          value={draft.id}
          placeholder={t('optionsIdPlaceholder')}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            set((d) => void (d.id = v));
          }}
          {...invalid('f-id')}
        />
        {fieldError('f-id')}
      </div>
      <div class="actions">
        <button type="submit" id="entity-save">
          {t('optionsSave')}
        </button>
        <button type="button" id="entity-cancel" onClick={() => onDone()}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
