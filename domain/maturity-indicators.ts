import type { MaturityArea } from '@domain/maturity';

/**
 * Digiplan's own default indicator set for the digital mognadsskattning (issue 17 item 1), written
 * for Digiplan – not SKR's LIKA text. Copied into an organisation on first use; from then on the
 * organisation's administrator adds, rewords and retires its own copy. `code` is stable and keeps
 * the copy from being made twice.
 */
export type DefaultIndicator = { code: string; area: MaturityArea; text: string };

export const DEFAULT_MATURITY_INDICATORS: readonly DefaultIndicator[] = [
  // Ledning
  { code: 'L01', area: 'leadership', text: 'Förvaltningen har en beslutad digitaliseringsplan som följs upp minst en gång per år.' },
  { code: 'L02', area: 'leadership', text: 'Det finns en utsedd ansvarig för digitaliseringsarbetet med mandat och avsatt tid.' },
  { code: 'L03', area: 'leadership', text: 'Ledningsgruppen prioriterar digitala initiativ utifrån nytta och genomförbarhet, med dokumenterade beslut.' },
  { code: 'L04', area: 'leadership', text: 'Varje digitalt initiativ har en nyttokalkyl och en plan för nyttohemtagning innan det startar.' },
  { code: 'L05', area: 'leadership', text: 'Budgeten innehåller medel för införande, förvaltning och utfasning av digitala lösningar.' },
  { code: 'L06', area: 'leadership', text: 'Medarbetare kan lämna förslag på digitala förbättringar och får återkoppling på dem.' },
  { code: 'L07', area: 'leadership', text: 'Chefer följer upp hur digitala arbetssätt används i den egna verksamheten.' },
  { code: 'L08', area: 'leadership', text: 'Brukare och anhöriga görs delaktiga när nya digitala tjänster tas fram.' },
  { code: 'L09', area: 'leadership', text: 'Det finns en process för riskanalys och etisk bedömning innan ny teknik införs.' },
  { code: 'L10', area: 'leadership', text: 'Förvaltningen samverkar med andra kommuner och regionen om digitalisering och delar erfarenheter.' },
  // Infrastruktur
  { code: 'I01', area: 'infrastructure', text: 'Alla verksamhetslokaler har trådlöst nätverk med täckning där personalen arbetar.' },
  { code: 'I02', area: 'infrastructure', text: 'Särskilda boenden har nätverk och uppkoppling som räcker för sensorer, larm och videosamtal.' },
  { code: 'I03', area: 'infrastructure', text: 'Trygghetslarmen är digitala och larmkedjan testas regelbundet från larm till åtgärd.' },
  { code: 'I04', area: 'infrastructure', text: 'Personalen har mobila enheter för dokumentation och information ute hos brukaren.' },
  { code: 'I05', area: 'infrastructure', text: 'Verksamhetssystemen kan utbyta information med varandra utan manuell dubbelregistrering.' },
  { code: 'I06', area: 'infrastructure', text: 'Det finns en aktuell förteckning över system, avtal och systemägare.' },
  { code: 'I07', area: 'infrastructure', text: 'Informationssäkerheten är klassad för verksamhetens system och kraven följs upp.' },
  { code: 'I08', area: 'infrastructure', text: 'Inloggning i känsliga system sker med stark autentisering, till exempel SITHS-kort eller e-legitimation.' },
  { code: 'I09', area: 'infrastructure', text: 'Det finns en plan för drift, support och reservrutiner när tekniken inte fungerar.' },
  { code: 'I10', area: 'infrastructure', text: 'Nya lösningar upphandlas med krav på öppna gränssnitt och möjlighet att byta leverantör.' },
  // Kompetens
  { code: 'K01', area: 'competence', text: 'Alla medarbetare har en grundläggande digital kompetens som kartläggs och följs upp.' },
  { code: 'K02', area: 'competence', text: 'Nyanställda introduceras i verksamhetens digitala verktyg och välfärdsteknik.' },
  { code: 'K03', area: 'competence', text: 'Det finns digitala ombud eller superanvändare på varje enhet.' },
  { code: 'K04', area: 'competence', text: 'Chefer har kunskap att leda verksamhetsutveckling med stöd av digitalisering.' },
  { code: 'K05', area: 'competence', text: 'Medarbetare får utbildning i informationssäkerhet och dataskydd minst vartannat år.' },
  { code: 'K06', area: 'competence', text: 'Det finns kompetens att göra nyttokalkyler och följa upp nyttor.' },
  { code: 'K07', area: 'competence', text: 'Förvaltningen har tillgång till kompetens i upphandling av digitala lösningar och välfärdsteknik.' },
  { code: 'K08', area: 'competence', text: 'Medarbetare kan stödja brukare och anhöriga i att använda digitala tjänster.' },
  { code: 'K09', area: 'competence', text: 'Det finns tid och former för att pröva ny teknik i liten skala innan den sprids.' },
  { code: 'K10', area: 'competence', text: 'Erfarenheter från införanden samlas och används i nästa införande.' },
  // Användning
  { code: 'A01', area: 'usage', text: 'Digital nattillsyn erbjuds som alternativ till fysisk tillsyn där det passar brukaren.' },
  { code: 'A02', area: 'usage', text: 'Läkemedelsautomater eller digitala läkemedelspåminnelser används där de ökar självständigheten.' },
  { code: 'A03', area: 'usage', text: 'Digitala trygghetslarm med larmmottagning dygnet runt används i ordinärt boende.' },
  { code: 'A04', area: 'usage', text: 'Medborgare kan ansöka om insatser och stöd via e-tjänster.' },
  { code: 'A05', area: 'usage', text: 'E-tjänster och digitala möten används för kontakt med brukare, anhöriga och vårdnadshavare.' },
  { code: 'A06', area: 'usage', text: 'Digitala lås används i hemtjänsten i stället för nyckelhantering.' },
  { code: 'A07', area: 'usage', text: 'Planering och uppföljning av insatser sker digitalt och i realtid.' },
  { code: 'A08', area: 'usage', text: 'Sensorer eller annan välfärdsteknik stöder brukare med fall- eller vandringsrisk.' },
  { code: 'A09', area: 'usage', text: 'Automatisering används för återkommande administrativa uppgifter.' },
  { code: 'A10', area: 'usage', text: 'Statistik ur verksamhetssystemen används för att styra och förbättra verksamheten.' },
];
