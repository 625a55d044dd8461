import { render } from 'preact';
import { applyDocumentLanguage, t } from '../shared/i18n';

function Popup() {
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p>{t('skeletonReady')}</p>
    </main>
  );
}

applyDocumentLanguage(document);
render(<Popup />, document.getElementById('app')!);
