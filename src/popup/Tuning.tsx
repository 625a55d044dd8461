import { t } from '../shared/i18n';
import {
  PAINT_STYLES,
  TOOLTIP_LANGUAGES,
  type PaintStyle,
  type Settings,
  type TooltipLanguage,
} from '../shared/settings';
import { CATEGORIES } from '../text/pack-types';
import { categoryLabel } from '../ui/EntityCard';

const PAINT_KEYS: Record<PaintStyle, string> = {
  underline: 'popupPaintUnderline',
  background: 'popupPaintBackground',
  none: 'popupPaintNone',
};
const LANGUAGE_LABELS: Record<TooltipLanguage, string> = { auto: '', en: 'English', ar: 'العربية', fr: 'Français' };

/** Categories, paint style, which mentions, tooltip language. */
export function Tuning({
  settings,
  change,
}: {
  settings: Settings;
  change: (fn: (s: Settings) => Settings, announce?: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="tuning-h" class="tuning">
      <h2 id="tuning-h">{t('popupTuningHeading')}</h2>
      <fieldset>
        <legend>{t('popupCategoriesLegend')}</legend>
        {CATEGORIES.map((c) => (
          <div class="check" key={c}>
            <input
              type="checkbox"
              id={`cat-${c}`}
              checked={settings.categories[c]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void change((s) => ({ ...s, categories: { ...s.categories, [c]: on } }));
              }}
            />
            <label for={`cat-${c}`}>{categoryLabel(c)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popupPaintLegend')}</legend>
        {PAINT_STYLES.map((p) => (
          <div class="check" key={p}>
            <input
              type="radio"
              name="paint"
              id={`paint-${p}`}
              value={p}
              checked={settings.paintStyle === p}
              onChange={() => void change((s) => ({ ...s, paintStyle: p }))}
            />
            <label for={`paint-${p}`}>{t(PAINT_KEYS[p])}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popupMentionsLegend')}</legend>
        <div class="check">
          <input
            type="radio"
            name="mentions"
            id="mentions-first"
            checked={!settings.paintAll}
            onChange={() => void change((s) => ({ ...s, paintAll: false }))}
          />
          <label for="mentions-first">{t('popupMentionsFirst')}</label>
        </div>
        <div class="check">
          <input
            type="radio"
            name="mentions"
            id="mentions-all"
            checked={settings.paintAll}
            onChange={() => void change((s) => ({ ...s, paintAll: true }))}
          />
          <label for="mentions-all">{t('popupMentionsAll')}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for="tooltip-language">{t('popupLanguageLabel')}</label>
        <select
          id="tooltip-language"
          value={settings.language}
          onChange={(e) => {
            const language = (e.currentTarget as HTMLSelectElement).value as TooltipLanguage;
            void change((s) => ({ ...s, language }));
          }}
        >
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
