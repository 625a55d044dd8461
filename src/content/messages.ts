/** The messages the content script answers (a narrowing of the shared message set). */
import { isGlossaMessage, type NavigateRequest, type PageEntitiesRequest, type PageInfoRequest, type RevealRequest, type ScanStatusRequest, type ShowCardRequest } from '../shared/messages';

export type { PageEntitiesResponse } from '../shared/messages';

export type ContentRequest = PageEntitiesRequest | ScanStatusRequest | PageInfoRequest | RevealRequest | NavigateRequest | ShowCardRequest;

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isGlossaMessage(message)) return false;
  switch (message.type) {
    case 'glossa:reveal':
      return typeof message.entityId === 'string';
    case 'glossa:navigate':
      return message.direction === 1 || message.direction === -1;
    case 'glossa:show-card':
      return (message.entityId === null || typeof message.entityId === 'string') && typeof message.query === 'string';
    case 'glossa:frame-entities':
    case 'glossa:entity-card':
    case 'glossa:may-hold-name':
    case 'glossa:find-names':
      return false;
    default:
      return true;
  }
}
