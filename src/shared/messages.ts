/**
 * Every message between Glossa's parts, declared once: its name, who answers it, the check its
 * request must pass, and the types of its request and response. `send`/`sendToTab` type both ends
 * from this map, and `listen` (./messaging.ts: one dispatcher per context) takes a `Handlers` object that must
 * answer every message addressed to that context: a message without a handler does not compile.
 *
 * To add a message: one entry here, and its handler in the receiving context's `listen` call
 * (background/index.ts, or ContentFrame.handlers() in content/frame.ts for a frame).
 *
 * `glossa:page-entities` is a public contract (README, "Automation contract"): its shape never
 * changes silently. `glossa:scan-status` is an internal test signal (ARCHITECTURE.md).
 */
import type { Runtime } from 'webextension-polyfill';
import type { Claim, ClaimCount, ClaimVerdict } from '../text/claims';
import type { Match } from '../text/matcher';
import type { Sense } from '../text/page-evidence';
import type { Entity } from '../text/pack-types';
import type { CardRelation } from '../pack/relations';

/** Who answers: the background, every frame's content script, or only the tab's top frame. */
export type Receiver = 'background' | 'frame' | 'top-frame';

/** A request's fields as they arrive (not yet checked). */
type Fields = Readonly<Record<string, unknown>>;

interface Entry<R extends Receiver = Receiver> {
  to: R;
  /** Checks an incoming request's fields before its handler sees it. */
  valid: (m: Fields) => boolean;
  /** Types only (no value at run time): the request's fields besides `type`, and the response. */
  types: { request: object; response: unknown };
}

/** A request with no fields besides its name. */
type NoFields = Record<never, never>;

const types = <Request extends object, Response>() => ({}) as { request: Request; response: Response };

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

export interface PageEntity {
  id: string;
  count: number;
}

/** The answer to `glossa:page-entities` (public contract). */
export interface PageEntitiesResponse {
  /** False while a scan is still in progress. */
  complete: boolean;
  /** Every mention in that frame (not only painted ones), one row per entity. */
  entities: PageEntity[];
}

/** The answer to `glossa:scan-status`: a test signal (see ARCHITECTURE.md). */
export interface ScanStatus {
  /** False when Glossa is off (globally or for this site) or the frame is not annotating. */
  enabled: boolean;
  /** True when nothing is pending: no read, scan, rescan or finder batch in flight, no change waiting. */
  settled: boolean;
  /** How many times this frame has become settled after doing work. Starts at 0; only grows. */
  generation: number;
}

/** A checked press claim (src/pack/claims.json) as a card shows it: without its patterns. */
export type ClaimCheck = Omit<Claim, 'patterns'>;

/**
 * null when the id is unknown. `relations`: the card's links to other entities
 * (src/pack/relations.ts); `checks`: the claims asked for, that the page makes about the mention.
 */
export type EntityCardResponse = {
  entity: Entity;
  personal: boolean;
  updated: string;
  relations?: CardRelation[];
  checks?: ClaimCheck[];
} | null;

/** A claim the page states about a mention (src/text/claims.ts), found by the background. */
export interface ClaimMark {
  claim: string;
  verdict: ClaimVerdict;
}

/**
 * A match as find-names answers it: with the checked claims its text states about it, if any. The
 * matches of a page-wide scan: pending ones and rejected votes (`sense`) are the page's evidence,
 * which the page's scanner decides (text/page-evidence.ts).
 */
export type FoundMatch = Match & { claims?: ClaimMark[] };

/** matches[i] are texts[i]'s matches, as Matcher.find returns them; seen is the state after them. */
export interface FindNamesResponse {
  matches: FoundMatch[][];
  /** The coreference state after these texts (ScanState.seen, ScanState.otherSenses), whole. */
  seen: string[];
  otherSenses?: string[];
}

/** One checked claim on the page, counted over its mentions (the scan CLI's `claims` rows). */
export type PageClaim = ClaimCount;

/** The answer to `glossa:page-claims` (public contract, README). */
export interface PageClaimsResponse {
  /** False while a scan is still in progress. */
  complete: boolean;
  /** The page's publication day as it states it (YYYY-MM-DD), or null: read as today. */
  pageDate: string | null;
  claims: PageClaim[];
}

const MESSAGES = {
  /** Popup, tests → top frame: the entities on the page (public contract). */
  'glossa:page-entities': { to: 'top-frame', valid: () => true, types: types<NoFields, PageEntitiesResponse>() },
  /** Popup → top frame: what the popup needs to know about the page. */
  'glossa:page-info': { to: 'top-frame', valid: () => true, types: types<NoFields, { hostname: string }>() },
  /** Popup, tests → top frame: the checked claims the page makes, and its date (public contract). */
  'glossa:page-claims': { to: 'top-frame', valid: () => true, types: types<NoFields, PageClaimsResponse>() },
  /**
   * Popup → top frame: scroll to the entity's first mention (the first that makes `claim`, when
   * given) and open its tooltip.
   */
  'glossa:reveal': {
    to: 'top-frame',
    valid: (m) => isString(m.entityId) && (m.claim === undefined || isString(m.claim)),
    types: types<{ entityId: string; claim?: string }, { found: boolean }>(),
  },
  /** Background (keyboard command) → top frame: walk the mentions; answers how many there are. */
  'glossa:navigate': {
    to: 'top-frame',
    valid: (m) => m.direction === 1 || m.direction === -1,
    types: types<{ direction: 1 | -1 }, { count: number }>(),
  },
  /**
   * Background (context menu "Look up in Glossa") → top frame: show an entity's card at the
   * selection; entityId null means "not a known name" for `query`.
   */
  'glossa:show-card': {
    to: 'top-frame',
    valid: (m) => (m.entityId === null || isString(m.entityId)) && isString(m.query),
    types: types<{ entityId: string | null; query: string }, { shown: boolean }>(),
  },
  /** Tests → every frame: is this frame's work settled? (see ScanStatus) */
  'glossa:scan-status': { to: 'frame', valid: () => true, types: types<NoFields, ScanStatus>() },
  /** Any frame → background: the distinct entities this frame holds, for the badge. */
  'glossa:frame-entities': {
    to: 'background',
    valid: (m) => isStringArray(m.ids),
    types: types<{ ids: string[] }, void>(),
  },
  /**
   * Content script → background: an entity's full card (content scripts carry only the matching
   * data), with the checks of the claims the mention makes.
   */
  'glossa:entity-card': {
    to: 'background',
    valid: (m) => isString(m.entityId) && (m.claims === undefined || isStringArray(m.claims)),
    types: types<{ entityId: string; claims?: string[] }, EntityCardResponse>(),
  },
  /**
   * Scanner → background: the names in these texts (one batch of the page's runs, in document
   * order), found by the background's matcher. `key` names the glossary the page knows
   * (matcherKey; '' from a watching frame, which has not read it: whatever glossary is current);
   * `seen` and `otherSenses` are the coreference state (ScanState), which the answer gives back whole.
   * The texts are matched and dropped, never stored.
   */
  'glossa:find-names': {
    to: 'background',
    valid: (m) =>
      isString(m.key) &&
      isStringArray(m.texts) &&
      isStringArray(m.seen) &&
      (m.otherSenses === undefined || isStringArray(m.otherSenses)),
    // `texts` as the page holds them; the background reads line breaks as spaces (as-shown.ts).
    types: types<{ key: string; texts: string[]; seen: string[]; otherSenses?: string[] }, FindNamesResponse>(),
  },
} satisfies Record<string, Entry>;

type Messages = typeof MESSAGES;
export type MessageName = keyof Messages;
/** The names of the messages `R` answers. */
export type MessageTo<R extends Receiver> = {
  [K in MessageName]: Messages[K]['to'] extends R ? K : never;
}[MessageName];
/** A request as it travels: its name in `type`, then its fields. */
export type Request<K extends MessageName> = { type: K } & Messages[K]['types']['request'];
/** A request's fields besides its name: what a sender passes. */
export type RequestFields<K extends MessageName> = Messages[K]['types']['request'];
export type Response<K extends MessageName> = Messages[K]['types']['response'];

export type FindNamesRequest = Request<'glossa:find-names'>;

/** One handler per message a context answers; a missing one is a compile error. */
export type Handlers<R extends Receiver> = {
  [K in MessageTo<R>]: (request: Request<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>>;
};

/** True when `value` is a well-formed `name` request (the check its receiver makes). */
export function isRequest<K extends MessageName>(name: K, value: unknown): value is Request<K> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Fields).type === name &&
    MESSAGES[name].valid(value as Fields)
  );
}

const isName = (v: unknown): v is MessageName => typeof v === 'string' && Object.hasOwn(MESSAGES, v);

/** Sends a message to the background; resolves with its typed answer. */
export type Send = <K extends MessageTo<'background'>>(name: K, request: RequestFields<K>) => Promise<Response<K>>;

/**
 * The listener for a context answering the messages of `receivers`: others are left to other
 * listeners (undefined); a malformed request is refused with an error, never handled.
 */
export function dispatcher<R extends Receiver>(
  receivers: readonly R[],
  handlers: Handlers<R>,
): (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined {
  return (message, sender) => {
    const name = typeof message === 'object' && message !== null ? (message as Fields).type : undefined;
    if (!isName(name) || !(receivers as readonly Receiver[]).includes(MESSAGES[name].to)) return undefined;
    if (!isRequest(name, message)) return Promise.reject(new Error(`Glossa: malformed ${name} request`));
    // The map ties each name to its handler's request type; TypeScript cannot follow that through a union of names.
    const handle = handlers[name as MessageTo<R>] as (request: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handle(message, sender));
  };
}

const VERDICTS: readonly unknown[] = ['wrong', 'imprecise', 'outdated'] satisfies ClaimVerdict[];
const isClaimMark = (c: unknown): c is ClaimMark =>
  typeof c === 'object' &&
  c !== null &&
  isString((c as ClaimMark).claim) &&
  VERDICTS.includes((c as ClaimMark).verdict);

const SENSES: readonly unknown[] = [
  'general',
  'after',
  'late',
  'pending',
  'rejected',
  'qualified',
  'word',
] satisfies Sense[];

/**
 * A sense, if any; candidates exactly on a pending match, naming its entity first, or on a qualified vote
 * of a namesake's place (NAMESAKE and the name it is a namesake of); `within`, a name list.
 */
/** page-evidence.ts NAMESAKE, written out: the entry every page evaluates does not load that module. */
const NAMESAKE = ':namesake';

const isEvidence = (x: Partial<FoundMatch>): boolean =>
  (x.sense === undefined || SENSES.includes(x.sense)) &&
  (x.within === undefined || isStringArray(x.within)) &&
  (x.rubric === undefined || isString(x.rubric)) &&
  (x.aside ?? true) === true &&
  (x.sense === 'pending'
    ? isStringArray(x.candidates) && x.candidates[0] === x.entityId
    : x.candidates === undefined ||
      (x.sense === 'qualified' &&
        isStringArray(x.candidates) &&
        x.candidates.length === 2 &&
        x.candidates[0] === NAMESAKE));

const isMatch = (m: unknown): m is FoundMatch => {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as Partial<FoundMatch>;
  if (x.claims !== undefined && !(Array.isArray(x.claims) && x.claims.every(isClaimMark))) return false;
  if (!isEvidence(x)) return false;
  return (
    isString(x.entityId) &&
    isString(x.text) &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    x.start! >= 0 &&
    x.end! > x.start!
  );
};

/** The answer fits the request: one list of well-formed matches per text, each within its text. */
export function isFindNamesResponse(value: unknown, texts: readonly string[]): value is FindNamesResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<FindNamesResponse>;
  return (
    isStringArray(r.seen) &&
    (r.otherSenses === undefined || isStringArray(r.otherSenses)) &&
    Array.isArray(r.matches) &&
    r.matches.length === texts.length &&
    r.matches.every((list, i) => Array.isArray(list) && list.every((m) => isMatch(m) && m.end <= texts[i]!.length))
  );
}
