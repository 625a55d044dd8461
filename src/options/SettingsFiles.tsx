import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import {
  defaultSettings,
  MAX_SETTINGS_FILE_BYTES,
  settingsFromFile,
  settingsToFile,
  type Settings,
} from '../shared/settings';
import { updateSettings } from '../shared/storage';
import { downloadText } from '../ui/download';
import { saveError } from './save-error';

/** Settings files: export, import, and reset to the defaults (with confirmation). */
export function SettingsFiles({ settings, onStatus }: { settings: Settings; onStatus: (s: string) => void }) {
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
        <button
          type="button"
          id="export-settings"
          onClick={() => downloadText('glossa-settings.json', settingsToFile(settings))}
        >
          {t('optionsExportSettings')}
        </button>
      </div>
      <div class="field">
        <label for="import-settings">{t('optionsImportSettings')}</label>
        <input
          id="import-settings"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
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
          <button
            type="button"
            id="reset-cancel"
            onClick={() => {
              setConfirming(false);
              setTimeout(() => resetRef.current?.focus(), 0);
            }}
          >
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
