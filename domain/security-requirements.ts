import { CLASSIFICATION_ASPECTS, type ClassificationAspect, type ClassificationLevel, type ClassificationLevels } from '@domain/classification';

/**
 * Security requirements that follow from an information classification (001 §6–7, 002 §7.7). Our
 * own wording: each requirement applies once its aspect reaches `minLevel`, so a higher level
 * brings every requirement of the lower levels plus its own. The ids are stable so a procurement
 * document can refer to them.
 */
export type SecurityRequirement = { id: string; aspect: ClassificationAspect; minLevel: ClassificationLevel; text: string };

export const SECURITY_REQUIREMENTS: readonly SecurityRequirement[] = [
  { id: 'K1', aspect: 'confidentiality', minLevel: 1, text: 'Informationen får endast vara åtkomlig för inloggade användare i den egna organisationen.' },
  { id: 'K2', aspect: 'confidentiality', minLevel: 2, text: 'Åtkomst styrs per roll och behörighet, och tilldelade behörigheter följs upp minst en gång per år.' },
  { id: 'K3', aspect: 'confidentiality', minLevel: 2, text: 'Information krypteras vid överföring över öppna nät.' },
  { id: 'K4', aspect: 'confidentiality', minLevel: 3, text: 'Stark autentisering (tvåfaktor, t.ex. SITHS eller e-legitimation) krävs för åtkomst.' },
  { id: 'K5', aspect: 'confidentiality', minLevel: 3, text: 'Information krypteras även vid lagring, och leverantören redovisar var informationen lagras och vilka underbiträden som har åtkomst.' },
  { id: 'K6', aspect: 'confidentiality', minLevel: 4, text: 'Informationen lagras och behandlas inom EU/EES, utan åtkomst för leverantör i tredje land; särskild riskanalys görs före driftsättning.' },
  { id: 'R1', aspect: 'integrity', minLevel: 1, text: 'Inmatade uppgifter kontrolleras så att uppenbart felaktiga värden inte kan sparas.' },
  { id: 'R2', aspect: 'integrity', minLevel: 2, text: 'Ändringar av information kan bara göras av behöriga användare, och tidigare versioner kan återskapas.' },
  { id: 'R3', aspect: 'integrity', minLevel: 3, text: 'Informationens riktighet skyddas tekniskt (t.ex. kontrollsummor eller signering) vid överföring mellan system.' },
  { id: 'R4', aspect: 'integrity', minLevel: 4, text: 'Kritiska ändringar kräver granskning av en andra behörig person innan de får verkan.' },
  { id: 'T1', aspect: 'availability', minLevel: 1, text: 'Säkerhetskopiering sker regelbundet och återläsning har provats.' },
  { id: 'T2', aspect: 'availability', minLevel: 2, text: 'Planerade avbrott aviseras i förväg och förläggs till tider med låg användning.' },
  { id: 'T3', aspect: 'availability', minLevel: 3, text: 'Avtalad tillgänglighet (minst 99,5 % per månad) och längsta tid för återställning anges i avtalet, med vite vid avvikelse.' },
  { id: 'T4', aspect: 'availability', minLevel: 3, text: 'Det finns en dokumenterad reservrutin för verksamheten när tjänsten inte fungerar.' },
  { id: 'T5', aspect: 'availability', minLevel: 4, text: 'Tjänsten har redundans utan gemensam felpunkt och support dygnet runt alla dagar.' },
  { id: 'S1', aspect: 'traceability', minLevel: 1, text: 'Systemet loggar inloggningar och misslyckade inloggningsförsök.' },
  { id: 'S2', aspect: 'traceability', minLevel: 2, text: 'Ändringar loggas med vem, när och vad som ändrades.' },
  { id: 'S3', aspect: 'traceability', minLevel: 3, text: 'Även läsning av information loggas, och loggarna kan följas upp av verksamheten.' },
  { id: 'S4', aspect: 'traceability', minLevel: 4, text: 'Loggarna skyddas mot ändring, sparas enligt dokumenthanteringsplanen och granskas systematiskt.' },
];

/** The requirements that the given levels call for, in the order aspect by aspect, lowest level first. */
export function requirementsFor(levels: ClassificationLevels): SecurityRequirement[] {
  return CLASSIFICATION_ASPECTS.flatMap((aspect) =>
    SECURITY_REQUIREMENTS.filter((requirement) => requirement.aspect === aspect && levels[aspect] >= requirement.minLevel),
  );
}
