import type { InitiativeForm } from '@domain/decisions.contracts';
import type { StageNumber } from '@domain/process';

/**
 * The default checklists, per form and stage, in our own words after seed 001 §2.1–2.6 and §5.
 * An organisation starts from these (copied into its own templates) and its administrator adapts
 * them. A projekt carries the full project documentation; an uppdrag a lighter set with one
 * responsible; a verksamhetsförbättring is owned by the unit and needs no project documents.
 */
export type ChecklistDefaults = Record<InitiativeForm, Record<StageNumber, readonly string[]>>;

export const DEFAULT_CHECKLISTS: ChecklistDefaults = {
  project: {
    1: [
      'Behovet och den förväntade nyttan är beskrivna: för vem och på vilket sätt',
      'Projektägare, projektledare och styrgrupp är utsedda',
      'Projektdirektivet är skrivet och godkänt av projektägaren',
    ],
    2: [
      'Förstudie: processer, arbetssätt och teknik är kartlagda',
      'Beroenden till andra system och rutiner är identifierade',
      'Risk- och konsekvensanalys är gjord (juridik, informationssäkerhet, medarbetare, brukare, ekonomi)',
      'Fackliga företrädare har fått information och möjlighet att yttra sig',
      'Organisationens beredskap (tid, kompetens, resurser) är bedömd',
      'Nyttokalkyl är framtagen: förväntad nytta i relation till insats',
      'Projektdirektivet är kompletterat med slutsatser och rekommendationer',
    ],
    3: [
      'Projektplanen beskriver mål, aktiviteter, ansvar och tidplan',
      'Det är bestämt vilken nytta som ska uppnås och hur den mäts',
      'Organisation och roller är beskrivna, med projektägare och styrgrupp',
      'Kommunikation, utbildning och stöd till verksamheten är planerade',
      'Det är klart vem som tar över förvaltning och drift när projektet avslutas',
    ],
    4: [
      'Enhet eller grupp för pilotinförande är vald',
      'Lösningen följs upp i praktiken: tekniskt, organisatoriskt och för användarna',
      'Leverantörens åtaganden mot ställda krav är kontrollerade',
      'Erfarenheter, hinder och förbättringsförslag är insamlade',
      'Arbetssätt och rutiner är justerade',
      'Statusrapporter lämnas till styrgruppen under genomförandet',
    ],
    5: [
      'Ägarskap och ansvar är dokumenterade i systemlistan',
      'Rutiner för support och underhåll är beskrivna',
      'Rutiner för uppföljning finns',
      'Överlämningsmöte är genomfört',
      'Slutrapporten sammanfattar vad som uppnåtts och vad som kvarstår',
    ],
    6: [
      'Utfallet är jämfört med målen i nyttokalkylen och projektplanen',
      'Erfarenheter från användare och verksamhet är insamlade',
      'Det är bedömt om nyttan har realiserats och om något behöver justeras',
      'Lärdomarna är dokumenterade och delade i organisationen',
    ],
  },
  assignment: {
    1: ['Behovet och den förväntade nyttan är beskrivna', 'En ansvarig är utsedd', 'Uppdragsbeskrivningen är skriven'],
    2: [
      'Nuläget och beroenden till andra system är kartlagda',
      'Risk- och konsekvensanalys är gjord',
      'Fackliga företrädare har fått information och möjlighet att yttra sig',
    ],
    3: ['Mål, tidplan och hur nyttan mäts är bestämda', 'Kommunikation och utbildning är planerade'],
    4: ['Lösningen är testad i en avgränsad verksamhet', 'Leveransen följs upp mot uppdragsbeskrivningen'],
    5: ['Ansvar för förvaltning och drift är överlämnat', 'Uppföljningen av leveransen är dokumenterad'],
    6: ['Nyttan är följd upp mot målen', 'Lärdomarna är delade'],
  },
  improvement: {
    1: ['Behovet och den förväntade nyttan är beskrivna'],
    2: ['Det nya arbetssättet och vad det påverkar är kartlagt'],
    3: ['Medarbetarna vet vad som ändras och när'],
    4: ['Det nya arbetssättet är infört i verksamheten'],
    5: ['Rutinen är uppdaterad i verksamhetens ordinarie dokumentation'],
    6: ['Effekten är följd upp och lärdomarna delade'],
  },
};
