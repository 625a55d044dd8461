import { useRef, useState } from 'preact/hooks';
import { applyImport, glossaryToFile, MAX_GLOSSARY_FILE_BYTES, parseGlossaryFile, tooLarge } from '../shared/glossary';
import { t } from '../shared/i18n';
import { updateGlossary } from '../shared/storage';
import type { Pack } from '../text/pack-types';
import { downloadText } from '../ui/download';
import { BUNDLED_IDS } from './bundled-ids';
import { saveError } from './save-error';

/** Glossary files: import (merge or replace), with every problem listed; export. */
export function ImportExport({ glossary, onStatus }: { glossary: Pack | null; onStatus: (s: string) => void }) {
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
      const message = t('optionsImported', [
        file.name,
        String(outcome!.added.length),
        String(outcome!.replaced.length),
        String(outcome!.removed.length),
      ]);
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
          <input
            type="radio"
            name="import-mode"
            id="import-merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          <label for="import-merge">{t('optionsImportMerge')}</label>
        </div>
        <div class="check">
          <input
            type="radio"
            name="import-mode"
            id="import-replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          <label for="import-replace">{t('optionsImportReplace')}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for="import-file">{t('optionsImportFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
          aria-describedby="import-help"
        />
        <p id="import-help" class="muted">
          {t('optionsImportHelp')}
        </p>
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
      {result && (
        <p id="import-result" class="ok">
          {result}
        </p>
      )}
      <button
        type="button"
        id="export-glossary"
        disabled={!glossary || glossary.entities.length === 0}
        onClick={() => glossary && downloadText(`glossa-glossary-${glossary.updated}.json`, glossaryToFile(glossary))}
      >
        {t('optionsExportGlossary')}
      </button>
    </section>
  );
}
