import { and, eq } from 'drizzle-orm';
import type { TRiskInput } from '@domain/risks.contracts';
import type { Db } from '@server/platform/db/database';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { addRisk } from '@server/modules/risks/add-risk';
import { recordUnionConsultation } from '@server/modules/risks/record-union-consultation';
import { assessEthics } from '@server/modules/risks/assess-ethics';
import { classifyInitiative } from '@server/modules/classification/classify-initiative';
import { createDocument } from '@server/modules/documents/create-document';
import { updateDocument } from '@server/modules/documents/update-document';
import { uploadAttachment } from '@server/modules/attachments/upload-attachment';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The camera initiative's risk analysis (seed 002 §7.6, 003 "Etisk utgångspunkt"). */
const CAMERA_RISKS: TRiskInput[] = [
  { perspective: 'clients', description: 'Brukaren upplever kameran som övervakning och känner sig otrygg i sitt hem.', likelihood: 2, consequence: 4, measures: 'Tydlig information före start; kameran används bara vid avtalade tider och kan väljas bort.', ownerName: 'Verksamhetschef hemtjänst', status: 'in_progress' },
  { perspective: 'information_security', description: 'Bildströmmen kan nås av obehöriga om överföringen inte är skyddad.', likelihood: 2, consequence: 4, measures: 'Krypterad överföring, ingen lagring av bild, stark autentisering för nattpersonalen.', ownerName: 'Informationssäkerhetssamordnare', status: 'open' },
  { perspective: 'legal', description: 'Samtycket dokumenteras inte på ett sätt som håller vid en granskning.', likelihood: 2, consequence: 3, measures: 'Rutin för skriftligt samtycke i verksamhetssystemet; uppföljning var sjätte månad.', ownerName: 'Enhetschef hemtjänst', status: 'in_progress' },
  { perspective: 'staff', description: 'Nattpersonalen saknar vana vid tekniken och gör fysiska besök ändå.', likelihood: 3, consequence: 2, measures: 'Utbildning och digitala ambassadörer i varje nattgrupp.', ownerName: 'Enhetschef nattpatrullen', status: 'open' },
  { perspective: 'economy', description: 'Besparingen på resor uteblir om för få brukare väljer kamera.', likelihood: 2, consequence: 2, measures: 'Följ antal brukare per månad mot nyttokalkylen.', ownerName: 'Controller', status: 'open' },
  { perspective: 'ethics', description: 'Personer med nedsatt beslutsförmåga får kamera utan att ha förstått vad det innebär.', likelihood: 1, consequence: 4, measures: 'Ingen kamera utan eget samtycke; ordinarie tillsyn i stället.', ownerName: 'Medicinskt ansvarig sjuksköterska', status: 'resolved' },
];

/** A small attached file, so the attachments list is not empty in the demo. */
const UNION_NOTES = [
  'Samverkansgruppen – tillsynskameror i ordinärt boende',
  '',
  'Riskanalysen presenterades. Kommunal och Vision har inga invändningar mot breddinförandet.',
  'Önskemål: utbildning för nattpersonalen före start och uppföljning efter tre månader.',
].join('\n');

const ROBOT_RISKS: TRiskInput[] = [
  { perspective: 'clients', description: 'Brukaren får fel dos om roboten fylls på felaktigt.', likelihood: 1, consequence: 4, measures: 'Dubbelsignering vid påfyllning; larm till sjuksköterska vid utebliven dos.', ownerName: 'Medicinskt ansvarig sjuksköterska', status: 'open' },
  { perspective: 'economy', description: 'Leasingkostnaden blir högre än beräknat om roboten används av färre brukare.', likelihood: 2, consequence: 2, measures: 'Avtal med möjlighet att lämna tillbaka enheter.', ownerName: 'Enhetschef hemtjänst norr', status: 'open' },
];

/** The demo initiative with this title (the seed's own lookup, also used by the pilot seed). */
export async function findInitiativeIdByTitle(db: Db, organizationId: string, title: string): Promise<string | undefined> {
  const [row] = await inTenant({ db, organizationId }, (tx) =>
    tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.title, title))),
  );
  return row?.id;
}

/**
 * Gives the demo's initiatives a risk analysis, an ethics assessment with the nämnd's decision, an
 * information classification and a projektdirektiv, through the real use cases (as the
 * coordinator), so the pages under an initiative have something to show.
 */
export async function seedDemoInitiativeWork(db: Db, coordinator: Ctx): Promise<void> {
  const cameras = await findInitiativeIdByTitle(db, coordinator.organizationId, 'Tillsynskameror i ordinärt boende, breddinförande');
  if (cameras) {
    for (const risk of CAMERA_RISKS) await addRisk(coordinator, cameras, risk);
    await recordUnionConsultation(coordinator, cameras, 0, { consultedOn: isoDaysAgo(20), note: 'Riskanalysen presenterades för Kommunal och Vision på samverkansgruppen; inga invändningar, önskemål om utbildning.' });
    await assessEthics(coordinator, cameras, 1, {
      technologies: ['camera'],
      privacyNote: 'Kameran visar bild endast vid avtalad tillsynstid; ingen inspelning sparas.',
      consentHandling: 'Brukaren ger skriftligt samtycke efter information från biståndshandläggaren och kan när som helst återkalla det.',
      consentIncapable: 'Den som inte kan lämna samtycke erbjuds inte kamera; ordinarie tillsynsbesök fortsätter.',
      problematic: true,
      judgement: 'Kamera i den egna bostaden berör integriteten; nämnden behöver pröva införandet före breddning.',
      councilDecisionDate: isoDaysAgo(10),
      councilDecisionReference: 'SN § 42/2026',
    });
    await classifyInitiative(coordinator, cameras, 0, {
      confidentiality: { level: 3, justification: 'Bild från brukarens hem är känslig personuppgift i socialtjänsten.' },
      integrity: { level: 2, justification: 'Fel tidpunkt för tillsyn kan leda till att en tillsyn missas.' },
      availability: { level: 3, justification: 'Tillsynen ska ske varje natt; avbrott kräver fysiska besök.' },
      traceability: { level: 3, justification: 'Det måste gå att se vem som tittade och när.' },
      classifiedOn: isoDaysAgo(15),
    });
    const directive = await createDocument(coordinator, cameras, 'project_directive');
    await updateDocument(coordinator, cameras, directive.id, directive.version, {
      status: 'completed',
      fields: {
        ...directive.fields,
        scope: 'Gäller ordinärt boende i hela kommunen. Särskilt boende ingår inte.',
        projectManager: 'Digitaliseringsstrateg, socialförvaltningen',
        steeringGroup: 'OLG (förvaltningens ledningsgrupp)',
        timeline: 'Etapp 1 hemtjänst norr (kvartal 1), etapp 2 söder (kvartal 2), utvärdering kvartal 3.',
        budget: 'Inom befintlig ram för välfärdsteknik; leasing per kamera och månad.',
      },
    });
    await uploadAttachment(coordinator, cameras, 'Anteckningar samverkansgruppen.txt', Buffer.from(UNION_NOTES, 'utf8'));
  }
  const robots = await findInitiativeIdByTitle(db, coordinator.organizationId, 'Läkemedelsrobotar i hemtjänsten');
  if (robots) {
    for (const risk of ROBOT_RISKS) await addRisk(coordinator, robots, risk);
    await createDocument(coordinator, robots, 'assignment_description');
  }
}
