import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INITIATIVE_FORMS, type InitiativeForm } from '@domain/decisions.contracts';
import { DOCUMENT_KINDS, INITIATIVE_ROLE_KINDS, emptyGateFacts, type GateFacts } from '@domain/gate-facts';
import { blockingItems, missingCodes, missingForClosing, missingForNextStage } from '@domain/gates';


/** Facts where everything any rule could ask for is in place. */
function completeFacts(form: InitiativeForm, stage: number): GateFacts {
  const facts = emptyGateFacts(form, stage);
  for (const kind of INITIATIVE_ROLE_KINDS) facts.roleCounts[kind] = 1;
  for (const kind of DOCUMENT_KINDS) facts.documents[kind] = { count: 1, completed: 1 };
  facts.risk = { riskCount: 3, unionConsultedOn: '2026-03-01' };
  facts.ethics = { assessed: true, problematic: false, councilDecisionRecorded: false };
  facts.classificationComplete = true;
  facts.benefitsPlanned = true;
  return facts;
}

/** Every form × stage with nothing recorded: exactly what each gate asks for. */
const EMPTY_TABLE: [InitiativeForm, number, string[]][] = [
  ['project', 1, ['role.project_owner', 'role.project_manager', 'role.steering_group', 'document.project_directive']],
  ['project', 2, ['risk.analysis', 'risk.union_consultation', 'procurement.classification', 'procurement.benefits']],
  ['project', 3, ['document.project_plan']],
  ['project', 4, ['document.status_report']],
  ['project', 5, ['document.handover', 'document.final_report']],
  ['project', 6, []],
  ['assignment', 1, ['role.responsible', 'document.assignment_description']],
  ['assignment', 2, ['risk.analysis', 'risk.union_consultation', 'procurement.classification', 'procurement.benefits']],
  ['assignment', 3, []],
  ['assignment', 4, []],
  ['assignment', 5, ['document.handover']],
  ['assignment', 6, []],
  ['improvement', 1, []],
  ['improvement', 2, ['procurement.classification', 'procurement.benefits']],
  ['improvement', 3, []],
  ['improvement', 4, []],
  ['improvement', 5, []],
  ['improvement', 6, []],
];

describe('the gate to the next stage', () => {
  it.each(EMPTY_TABLE)('lists for a %s at stage %i with nothing recorded exactly %j', (form, stage, expected) => {
    expect(missingCodes(missingForNextStage(emptyGateFacts(form, stage)))).toEqual(expected);
  });

  it.each(INITIATIVE_FORMS.flatMap((form) => [1, 2, 3, 4, 5, 6].map((stage) => [form, stage] as const)))(
    'lets a %s at stage %i pass when everything is in place',
    (form, stage) => {
      expect(missingForNextStage(completeFacts(form, stage))).toEqual([]);
    },
  );

  it('names the procurement gate in the message when classification or benefits are missing', () => {
    const texts = missingForNextStage(emptyGateFacts('project', 2)).map((item) => item.text);
    expect(texts.filter((text) => text.startsWith('Upphandling får inte starta'))).toHaveLength(2);
  });

  it('counts a document only once it is completed, not merely drafted', () => {
    const facts = completeFacts('project', 3);
    facts.documents.project_plan = { count: 2, completed: 0 };
    expect(missingCodes(missingForNextStage(facts))).toEqual(['document.project_plan']);
  });

  it('blocks test and introduction of ethically problematic technology until the nämnd has decided', () => {
    for (const form of INITIATIVE_FORMS) {
      const facts = completeFacts(form, 3);
      facts.ethics = { assessed: true, problematic: true, councilDecisionRecorded: false };
      expect(missingCodes(missingForNextStage(facts))).toEqual(['ethics.council_decision']);
      expect(blockingItems(missingForNextStage(facts)).map((item) => item.code)).toEqual(['ethics.council_decision']);
      facts.ethics.councilDecisionRecorded = true;
      expect(missingForNextStage(facts)).toEqual([]);
    }
  });

  it('does not ask for the nämnd when the technology is not problematic, at any stage', () => {
    for (const stage of [1, 2, 3, 4, 5, 6]) expect(missingCodes(missingForNextStage(completeFacts('project', stage)))).not.toContain('ethics.council_decision');
  });

  it('lists every open checklist item of the stage last, with its id', () => {
    const facts = completeFacts('assignment', 4);
    facts.openChecklistItems = [
      { id: 'a', text: 'Pilot vald' },
      { id: 'b', text: 'Leverans följd upp' },
    ];
    expect(missingForNextStage(facts)).toEqual([
      { code: 'checklist.open', ref: 'a', text: 'Checklistan: Pilot vald' },
      { code: 'checklist.open', ref: 'b', text: 'Checklistan: Leverans följd upp' },
    ]);
  });

  it('asks for a steering group even when owner and manager are named', () => {
    const facts = completeFacts('project', 1);
    facts.roleCounts.steering_group = 0;
    expect(missingCodes(missingForNextStage(facts))).toEqual(['role.steering_group']);
  });

  it('never asks an improvement for project roles or project documents, whatever is missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.boolean(), (stage, classified, planned) => {
        const facts = emptyGateFacts('improvement', stage);
        facts.classificationComplete = classified;
        facts.benefitsPlanned = planned;
        const codes = missingCodes(missingForNextStage(facts));
        return codes.every((code) => !code.startsWith('role.') && !code.startsWith('document.') && !code.startsWith('risk.'));
      }),
    );
  });

  it('lists nothing missing for complete facts, and only checklist items when only the checklist is open (any form and stage)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INITIATIVE_FORMS), fc.integer({ min: 1, max: 6 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }), (form, stage, texts) => {
        const facts = completeFacts(form, stage);
        facts.openChecklistItems = texts.map((text, index) => ({ id: String(index), text }));
        return missingForNextStage(facts).every((item) => item.code === 'checklist.open') && missingForNextStage(facts).length === texts.length;
      }),
    );
  });

  it('only ever adds requirements when a fact is taken away (monotone)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INITIATIVE_FORMS), fc.integer({ min: 1, max: 6 }), fc.constantFrom(...INITIATIVE_ROLE_KINDS), fc.constantFrom(...DOCUMENT_KINDS), (form, stage, role, document) => {
        const full = completeFacts(form, stage);
        const less = completeFacts(form, stage);
        less.roleCounts[role] = 0;
        less.documents[document] = { count: 0, completed: 0 };
        less.classificationComplete = false;
        return missingForNextStage(full).length <= missingForNextStage(less).length;
      }),
    );
  });
});

describe('the gate to closing', () => {
  it.each(INITIATIVE_FORMS)('refuses to close a %s before the last stage', (form) => {
    for (const stage of [1, 2, 3, 4, 5]) expect(missingCodes(missingForClosing(completeFacts(form, stage)))).toEqual(['stage.not_last']);
  });

  it.each(INITIATIVE_FORMS)('closes a %s at stage 6 once its checklist is done', (form) => {
    const facts = completeFacts(form, 6);
    expect(missingForClosing(facts)).toEqual([]);
    facts.openChecklistItems = [{ id: 'x', text: 'Lärdomar delade' }];
    expect(missingCodes(missingForClosing(facts))).toEqual(['checklist.open']);
  });
});
