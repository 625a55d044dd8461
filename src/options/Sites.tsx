import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { normaliseHostname, type Settings } from '../shared/settings';
import { updateSettings } from '../shared/storage';
import { saveError } from './save-error';

/** The sites where Glossa is off: list, remove, add. */
export function Sites({ settings, onStatus }: { settings: Settings; onStatus: (s: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const host = normaliseHostname(value);
    if (!host) return setError(t('optionsSiteInvalid'));
    setError('');
    try {
      await updateSettings((s) => ({
        ...s,
        disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host],
      }));
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
        <p class="muted" id="sites-empty">
          {t('optionsSitesEmpty')}
        </p>
      ) : (
        <ul id="sites-list" class="rows">
          {settings.disabledSites.map((host) => (
            <li key={host} data-site={host}>
              <span dir="ltr">{host}</span>
              <button
                type="button"
                class="remove-site"
                onClick={() => void remove(host)}
                aria-label={t('optionsSiteRemoveLabel', host)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} class="inline-form" noValidate>
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <input
          id="site-input"
          dir="ltr"
          value={value}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          placeholder="example.com"
        />
        <button type="submit" id="site-add">
          {t('optionsAdd')}
        </button>
        {error && (
          <p id="site-error" class="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
