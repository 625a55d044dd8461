import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyDraft, entityToDraft, removeEntity, type EntityDraft } from '../shared/glossary';
import { t } from '../shared/i18n';
import { pickText } from '../shared/localized-text';
import { updateGlossary } from '../shared/storage';
import type { Entity, Lang, Pack } from '../text/pack-types';
import { categoryLabel } from '../ui/EntityCard';
import { EntityForm } from './EntityForm';
import { saveError } from './save-error';

/** The personal glossary: its entries (edit, delete with confirmation) and the add/edit form. */
export function Glossary({
  glossary,
  lang,
  editing,
  setEditing,
  onStatus,
}: {
  glossary: Pack | null;
  lang: Lang;
  editing: { draft: EntityDraft; original?: Entity } | null;
  setEditing: (e: { draft: EntityDraft; original?: Entity } | null) => void;
  onStatus: (s: string) => void;
}) {
  const entities = glossary?.entities ?? [];
  const addButton = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);
  const del = async (e: Entity) => {
    const name = pickText(e.names, lang)?.text ?? e.id;
    setPending(null);
    try {
      await updateGlossary((g) => removeEntity(g, e.id));
      onStatus(t('optionsDeleted', name));
      addButton.current?.focus();
    } catch (err) {
      onStatus(saveError(err));
    }
  };
  return (
    <section aria-labelledby="glossary-h">
      <h2 id="glossary-h">{t('optionsGlossaryHeading')}</h2>
      <p class="muted">{t('optionsGlossaryIntro')}</p>
      {entities.length === 0 ? (
        <p class="muted" id="glossary-empty">
          {t('optionsGlossaryEmpty')}
        </p>
      ) : (
        <ul id="glossary-list" class="rows">
          {entities.map((e) => {
            const name = pickText(e.names, lang)?.text ?? e.id;
            return (
              <li key={e.id} data-entity={e.id}>
                <span class="name">{name}</span>
                <span class="cat">{categoryLabel(e.category)}</span>
                <span class="mine">{t('popupPersonal')}</span>
                <button
                  type="button"
                  class="edit"
                  aria-label={t('optionsEditLabel', name)}
                  onClick={() => setEditing({ draft: entityToDraft(e), original: e })}
                >
                  {t('optionsEdit')}
                </button>
                {pending === e.id ? (
                  <span class="confirm" role="group" aria-label={t('optionsDeleteConfirm', name)}>
                    <button type="button" class="delete-confirm" ref={confirmRef} onClick={() => void del(e)}>
                      {t('optionsDeleteConfirm', name)}
                    </button>
                    <button type="button" class="delete-cancel" onClick={() => setPending(null)}>
                      {t('optionsCancel')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    class="delete"
                    aria-label={t('optionsDeleteLabel', name)}
                    onClick={() => setPending(e.id)}
                  >
                    {t('optionsDelete')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing ? (
        <EntityForm
          key={editing.original?.id ?? 'new'}
          initial={editing.draft}
          original={editing.original}
          personalIds={new Set(entities.map((e) => e.id))}
          onDone={(message) => {
            setEditing(null);
            if (message) onStatus(message);
            if (location.hash.startsWith('#add=')) history.replaceState(null, '', location.pathname);
            setTimeout(() => addButton.current?.focus(), 0);
          }}
        />
      ) : (
        <button type="button" id="add-term" ref={addButton} onClick={() => setEditing({ draft: emptyDraft() })}>
          {t('optionsAddTerm')}
        </button>
      )}
    </section>
  );
}
