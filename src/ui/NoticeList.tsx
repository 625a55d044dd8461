/** Notices left by storage repairs and failed saves, shown on the popup and the options page. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { downloadText } from './download';
import { dismissNotice, loadBackups, loadNotices, onNoticesChanged, type Notice } from '../shared/storage';

const KIND_KEYS: Record<string, string> = {
  'settings-repaired': 'popupNoticeSettingsRepaired',
  'glossary-repaired': 'popupNoticeGlossaryRepaired',
  'save-failed': 'popupNoticeSaveFailed',
  quota: 'popupSaveQuota',
};

export function NoticeList({ withBackups = false }: { withBackups?: boolean }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    void loadNotices().then(setNotices);
    return onNoticesChanged(setNotices);
  }, []);
  if (notices.length === 0) return null;
  const downloadBackup = async (id: string) => {
    const backup = (await loadBackups()).find((b) => b.id === id);
    if (backup) downloadText(`glossa-backup-${backup.key}-${backup.at.slice(0, 10)}.json`, backup.raw);
  };
  return (
    <section class="notices" aria-labelledby="notices-h" id="notices" aria-live="polite">
      <h2 id="notices-h" class="visually-hidden">
        {t('popupNoticesHeading')}
      </h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id} class="notice" data-kind={n.kind}>
            <p>{t(KIND_KEYS[n.kind] ?? 'popupNoticeSaveFailed')}</p>
            {n.details.length > 0 && (
              <details>
                <summary>{t('popupNoticeDetails')}</summary>
                <ul class="details" dir="ltr">
                  {n.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
            <div class="notice-actions">
              {withBackups && n.backupId && (
                <button type="button" class="download-backup" onClick={() => void downloadBackup(n.backupId!)}>
                  {t('popupNoticeDownloadBackup')}
                </button>
              )}
              <button type="button" class="dismiss" onClick={() => void dismissNotice(n.id)}>
                {t('popupNoticeDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
