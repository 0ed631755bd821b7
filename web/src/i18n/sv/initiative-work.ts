/** Swedish texts shared by the pages that hang off an initiative (risks, classification, documents). */
export const initiativeWork = {
  heading: 'Analys och dokument',
  intro: 'Det här hör till initiativets genomförande.',
  risks: 'Risk- och konsekvensanalys',
  risksHint: 'Risker per perspektiv, samverkan med fackliga företrädare och etisk bedömning.',
  classification: 'Informationsklassning',
  classificationHint: 'Konfidentialitet, riktighet, tillgänglighet och spårbarhet – och kraven som följer.',
  documents: 'Dokument och bilagor',
  documentsHint: 'Projektdirektiv, statusrapporter och andra dokument, som Word-filer.',
  backTo: 'Till initiativet {{title}}',
  readOnly: 'Du kan läsa men inte ändra här.',
} as const;
