// The options page's entry (the page itself: ./Options.tsx).
import { render } from 'preact';
import { applyDocumentLanguage, t } from '../shared/i18n';
import { Options } from './Options';

applyDocumentLanguage(document);
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
