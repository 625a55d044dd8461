import type { Match } from '../text/matcher';
import type { Entity } from '../text/pack-types';

/**
 * Messages between the extension's parts. `glossa:page-entities` is a public contract
 * (see README, "Automation contract"): its shape never changes silently.
 */

export interface PageEntitiesRequest {
  type: 'glossa:page-entities';
}

export interface PageEntity {
  id: string;
  count: number;
}

export interface PageEntitiesResponse {
  /** False while a scan is still in progress. */
  complete: boolean;
  /** Every mention in that frame (not only painted ones), one row per entity. */
  entities: PageEntity[];
}

export function isPageEntitiesRequest(message: unknown): message is PageEntitiesRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'glossa:page-entities';
}

/** Popup → content script (top frame): scroll to the entity's first mention and open its tooltip. */
export interface RevealRequest {
  type: 'glossa:reveal';
  entityId: string;
}

/** Popup → content script (top frame): what the popup needs to know about the page. */
export interface PageInfoRequest {
  type: 'glossa:page-info';
}
export interface PageInfoResponse {
  hostname: string;
}

/** Background → content script: keyboard command to walk the mentions. */
export interface NavigateRequest {
  type: 'glossa:navigate';
  direction: 1 | -1;
}

/**
 * Background → content script (top frame): show an entity's card at the current selection
 * (context menu "Look up in Glossa"); entityId null means "not a known name" for `query`.
 */
export interface ShowCardRequest {
  type: 'glossa:show-card';
  entityId: string | null;
  query: string;
}

/** Content script (any frame) → background: the distinct entities this frame holds, for the badge. */
export interface FrameEntitiesReport {
  type: 'glossa:frame-entities';
  ids: string[];
}

/** Content script → background: the full card data of an entity (content scripts carry only the matching data). */
export interface EntityCardRequest {
  type: 'glossa:entity-card';
  entityId: string;
}
/** null when the id is unknown. */
export type EntityCardResponse = { entity: Entity; personal: boolean; updated: string } | null;

export function isEntityCardRequest(message: unknown): message is EntityCardRequest {
  return isGlossaMessage(message) && message.type === 'glossa:entity-card' && typeof message.entityId === 'string';
}

/**
 * Content script → background: may this page text hold a name? Asked by a frame that only
 * watches its page (content/text-watch.ts), so the prefilter's work runs in the background, not
 * on the page. `text` is one batch of the page's text; it is tested and dropped, never stored.
 */
export interface MayHoldNameRequest {
  type: 'glossa:may-hold-name';
  text: string;
}
/** mayHold is false only when the prefilter, built for the current glossary, says no. */
export interface MayHoldNameResponse {
  mayHold: boolean;
}

export function isMayHoldNameRequest(message: unknown): message is MayHoldNameRequest {
  return isGlossaMessage(message) && message.type === 'glossa:may-hold-name' && typeof message.text === 'string';
}

/**
 * Content script → background: the names in these texts (the runs of one batch of the page, in
 * document order), found by the background's matcher, so the engine's work runs off the page's
 * thread and one matcher serves every tab. `key` names the glossary the page knows (matcherKey);
 * `seen` is the coreference state (entities named in full so far on this page). The texts are
 * matched and dropped, never stored.
 */
export interface FindNamesRequest {
  type: 'glossa:find-names';
  key: string;
  texts: string[];
  seen: string[];
}
/** matches[i] are texts[i]'s matches, as Matcher.find returns them; seen is the state after them. */
export interface FindNamesResponse {
  matches: Match[][];
  seen: string[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function isFindNamesRequest(message: unknown): message is FindNamesRequest {
  return isGlossaMessage(message) && message.type === 'glossa:find-names' && typeof message.key === 'string' && isStringArray(message.texts) && isStringArray(message.seen);
}

const isMatch = (m: unknown): m is Match => {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as Partial<Match>;
  return typeof x.entityId === 'string' && typeof x.text === 'string' && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start! >= 0 && x.end! > x.start!;
};

/** The answer fits the request: one list of well-formed matches per text, each within its text. */
export function isFindNamesResponse(value: unknown, texts: readonly string[]): value is FindNamesResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<FindNamesResponse>;
  return (
    isStringArray(r.seen) &&
    Array.isArray(r.matches) &&
    r.matches.length === texts.length &&
    r.matches.every((list, i) => Array.isArray(list) && list.every((m) => isMatch(m) && m.end <= texts[i]!.length))
  );
}

/**
 * Test → content script (any frame): has this frame finished its work? An internal test signal
 * (ARCHITECTURE.md), not a public contract: a test records `generation`, makes a change, and
 * asserts once `settled && generation > before`.
 */
export interface ScanStatusRequest {
  type: 'glossa:scan-status';
}
export interface ScanStatus {
  /** false when Glossa is off (globally or for this site) or the frame is not annotating. */
  enabled: boolean;
  /** true when nothing is pending: no read, scan, rescan or finder batch in flight, no mutation waiting. */
  settled: boolean;
  /** How many times this frame has become settled after doing work; starts at 0, only grows. */
  generation: number;
}

export type GlossaMessage =
  | PageEntitiesRequest
  | ScanStatusRequest
  | RevealRequest
  | PageInfoRequest
  | NavigateRequest
  | ShowCardRequest
  | FrameEntitiesReport
  | EntityCardRequest
  | MayHoldNameRequest
  | FindNamesRequest;

const TYPES = new Set<string>([
  'glossa:page-entities',
  'glossa:scan-status',
  'glossa:reveal',
  'glossa:page-info',
  'glossa:navigate',
  'glossa:show-card',
  'glossa:frame-entities',
  'glossa:entity-card',
  'glossa:may-hold-name',
  'glossa:find-names',
]);

/** Messages come from other extension contexts only, but are still checked before use. */
export function isGlossaMessage(message: unknown): message is GlossaMessage {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}
