import { render } from 'preact';
import { applyDocumentLanguage, t } from '../shared/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('skeletonReady')}</p>
    </main>
  );
}

applyDocumentLanguage(document);
render(<Options />, document.getElementById('app')!);
