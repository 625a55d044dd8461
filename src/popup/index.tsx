// The popup's entry (the popup itself: ./Popup.tsx).
import { render } from 'preact';
import { applyDocumentLanguage, t } from '../shared/i18n';
import { CARD_CSS } from '../ui/card-styles';
import { Popup } from './Popup';

function injectCardStyles() {
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  document.head.append(style);
}

applyDocumentLanguage(document);
document.title = t('popupTitle');
injectCardStyles();
render(<Popup />, document.getElementById('app')!);
