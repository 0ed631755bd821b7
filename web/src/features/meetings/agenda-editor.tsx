import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Heading } from '@digdir/designsystemet-react';
import { MEETING_ITEM_KINDS, type MeetingItemKind, type TAgendaInput, type TMeeting } from '@domain/meetings.contracts';
import { isApiError } from '@web/api/api-error';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { adminIssueText, adminProblemText } from '@web/features/admin/admin-errors';
import { useAgendaCandidates, useSaveAgenda } from '@web/features/meetings/meetings.api';

type TDraftItem = { key: string; id?: string; kind: MeetingItemKind; needId: string | null; initiativeId: string | null; title: string; analysis: string; proposal: string };

const OTHER_KINDS = MEETING_ITEM_KINDS.filter((kind) => kind !== 'need');
let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

/** The field id of an item's field, matching the server's `body.items.<i>.<field>` issues. */
const itemFieldId = (index: number, field: string) => `agenda-item-${index}-${field}`;

/**
 * The coordinator shapes the agenda: edits the heading, each item's analysis and förslag till
 * beslut, moves items up and down, removes them, adds needs and other items, and saves it all at
 * once (If-Match; a conflict keeps what was written until the user reloads).
 */
export function AgendaEditor({ meeting, etag, onDone, onReload }: { meeting: TMeeting; etag: string | null; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const save = useSaveAgenda();
  const candidates = useAgendaCandidates(meeting.id, true);
  const [heading, setHeading] = useState({ title: meeting.title, place: meeting.place, meetingDate: meeting.meetingDate });
  const [items, setItems] = useState<TDraftItem[]>(() =>
    meeting.items.map((item) => ({
      key: item.id,
      id: item.id,
      kind: item.kind,
      needId: item.need?.id ?? null,
      initiativeId: item.initiative?.id ?? null,
      title: item.title,
      analysis: item.analysis,
      proposal: item.proposal,
    })),
  );
  const [needToAdd, setNeedToAdd] = useState('');
  const [other, setOther] = useState<{ kind: MeetingItemKind; title: string }>({ kind: 'gate', title: '' });
  const [problems, setProblems] = useState<{ conflict: boolean; summary: TErrorSummaryItem[]; attempt: number }>({ conflict: false, summary: [], attempt: 0 });

  const update = (key: string, change: Partial<TDraftItem>) => setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) => {
    setItems((all) => {
      const copy = [...all];
      const [item] = copy.splice(index, 1);
      copy.splice(index + by, 0, item!);
      return copy;
    });
    announce(t('meetings.editor.moved', { title: items[index]!.title, position: index + by + 1 }));
  };
  const remove = (index: number) => {
    announce(t('meetings.editor.removed', { title: items[index]!.title }));
    setItems((all) => all.filter((_, i) => i !== index));
  };
  const onAgenda = new Set(items.flatMap((item) => (item.needId ? [item.needId] : [])));
  const addable = (candidates.data?.items ?? []).filter((need) => !onAgenda.has(need.id));

  const submit = () => {
    const body: TAgendaInput = {
      ...heading,
      items: items.map(({ id, kind, needId, initiativeId, title, analysis, proposal }) => ({ ...(id ? { id } : {}), kind, needId, initiativeId, title, analysis, proposal })),
    };
    save.mutate(
      { id: meeting.id, body, etag },
      {
        onSuccess: () => {
          announce(t('meetings.editor.saved'));
          onDone();
        },
        onError: (error) => {
          const attempt = problems.attempt + 1;
          if (isApiError(error, 'precondition_failed')) return setProblems({ conflict: true, summary: [], attempt });
          const fields = isApiError(error)
            ? error.errors.flatMap((issue) => {
                const match = /^body\.(?:items\.(\d+)\.)?(\w+)$/.exec(issue.path);
                if (!match) return [];
                const fieldId = match[1] !== undefined ? itemFieldId(Number(match[1]), match[2]!) : `agenda-${match[2]}`;
                const where = match[1] !== undefined ? t('meetings.editor.itemN', { position: Number(match[1]) + 1 }) : '';
                return [{ fieldId, message: `${where}${adminIssueText(issue)}` }];
              })
            : [];
          setProblems({ conflict: false, summary: fields.length > 0 ? fields : [{ message: adminProblemText(error) }], attempt });
        },
      },
    );
  };

  return (
    <section aria-labelledby="agenda-editor" className="stack agenda-editor">
      <Heading level={2} data-size="sm" id="agenda-editor">
        {t('meetings.editor.heading')}
      </Heading>
      {problems.conflict && <ConflictNotice onReload={onReload} />}
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="stack form-narrow">
          <TextField id="agenda-title" label={t('meetings.meetings.titleField')} value={heading.title} onChange={(e) => setHeading({ ...heading, title: e.target.value })} />
          <TextField id="agenda-meetingDate" type="date" label={t('meetings.meetings.date')} value={heading.meetingDate} onChange={(e) => setHeading({ ...heading, meetingDate: e.target.value })} />
          <TextField id="agenda-place" label={t('meetings.meetings.place')} optional value={heading.place} onChange={(e) => setHeading({ ...heading, place: e.target.value })} />
        </div>
        <ol className="stack agenda-editor-items">
          {items.map((item, index) => (
            <li key={item.key}>
              <Fieldset>
                <FieldsetLegend>{t('meetings.agenda.itemHeading', { position: index + 1, title: item.title || t(`meetings.kinds.${item.kind}`) })}</FieldsetLegend>
                <div className="stack form-narrow">
                  {item.kind !== 'need' && (
                    <TextField id={itemFieldId(index, 'title')} label={t('meetings.editor.itemTitle')} value={item.title} onChange={(e) => update(item.key, { title: e.target.value })} />
                  )}
                  <TextareaField
                    id={itemFieldId(index, 'analysis')}
                    label={t('meetings.agenda.analysis')}
                    optional
                    rows={3}
                    value={item.analysis}
                    onChange={(e) => update(item.key, { analysis: e.target.value })}
                  />
                  <TextareaField
                    id={itemFieldId(index, 'proposal')}
                    label={t('meetings.agenda.proposal')}
                    optional
                    rows={2}
                    value={item.proposal}
                    onChange={(e) => update(item.key, { proposal: e.target.value })}
                  />
                  <div className="button-row">
                    <Button type="button" variant="secondary" data-size="sm" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`${t('meetings.editor.up')}: ${item.title}`}>
                      {t('meetings.editor.up')}
                    </Button>
                    <Button type="button" variant="secondary" data-size="sm" disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={`${t('meetings.editor.down')}: ${item.title}`}>
                      {t('meetings.editor.down')}
                    </Button>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)} aria-label={`${t('meetings.editor.remove')}: ${item.title}`}>
                      {t('meetings.editor.remove')}
                    </Button>
                  </div>
                </div>
              </Fieldset>
            </li>
          ))}
        </ol>
        {items.length === 0 && <p>{t('meetings.agenda.empty')}</p>}

        <Fieldset>
          <FieldsetLegend>{t('meetings.editor.addNeed')}</FieldsetLegend>
          <div className="stack form-narrow">
            <SelectField
              id="agenda-add-need"
              label={t('meetings.editor.needToAdd')}
              placeholder={addable.length === 0 ? t('meetings.editor.noCandidates') : t('meetings.editor.chooseNeed')}
              options={addable.map((need) => ({ value: need.id, label: t('meetings.agenda.needLink', { number: need.number, title: need.title }) }))}
              value={needToAdd}
              onChange={(e) => setNeedToAdd(e.target.value)}
            />
            <div className="button-row">
              <Button
                type="button"
                variant="secondary"
                disabled={!needToAdd}
                onClick={() => {
                  const need = addable.find((candidate) => candidate.id === needToAdd);
                  if (!need) return;
                  setItems((all) => [...all, { key: newKey(), kind: 'need', needId: need.id, initiativeId: null, title: need.title, analysis: '', proposal: '' }]);
                  setNeedToAdd('');
                  announce(t('meetings.editor.added', { title: need.title }));
                }}
              >
                {t('meetings.editor.addNeedButton')}
              </Button>
            </div>
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('meetings.editor.addOther')}</FieldsetLegend>
          <div className="stack form-narrow">
            <SelectField
              id="agenda-add-kind"
              label={t('meetings.agenda.kind')}
              options={OTHER_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kinds.${kind}`) }))}
              value={other.kind}
              onChange={(e) => setOther({ ...other, kind: e.target.value as MeetingItemKind })}
            />
            <TextField id="agenda-add-title" label={t('meetings.editor.itemTitle')} value={other.title} onChange={(e) => setOther({ ...other, title: e.target.value })} />
            <div className="button-row">
              <Button
                type="button"
                variant="secondary"
                disabled={other.title.trim() === ''}
                onClick={() => {
                  setItems((all) => [...all, { key: newKey(), kind: other.kind, needId: null, initiativeId: null, title: other.title.trim(), analysis: '', proposal: '' }]);
                  announce(t('meetings.editor.added', { title: other.title.trim() }));
                  setOther({ ...other, title: '' });
                }}
              >
                {t('meetings.editor.addOtherButton')}
              </Button>
            </div>
          </div>
        </Fieldset>

        <div className="button-row">
          <Button type="submit" loading={save.isPending}>
            {t('meetings.editor.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
