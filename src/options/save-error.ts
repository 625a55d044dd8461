import { t } from '../shared/i18n';
import { StorageWriteError } from '../shared/storage';

/** What a failed save tells the reader: the quota, or the browser's error. */
export function saveError(e: unknown): string {
  return e instanceof StorageWriteError && e.quota
    ? t('popupSaveQuota')
    : t('popupSaveFailed', e instanceof Error ? e.message : String(e));
}
