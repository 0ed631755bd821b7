import type { ErrorCode } from '@domain/problem';
import type { NeedStatus } from '@domain/needs.contracts';
import type { Role } from '@domain/roles';
import { assessment } from '@web/i18n/sv/assessment';
import { decisions } from '@web/i18n/sv/decisions';
import { matrix } from '@web/i18n/sv/matrix';
import { initiatives } from '@web/i18n/sv/initiatives';
import { process } from '@web/i18n/sv/process';
import { needs } from '@web/i18n/sv/needs';
import { admin } from '@web/i18n/sv/admin';
import { adminErrors } from '@web/i18n/sv/admin-errors';
import { audit } from '@web/i18n/sv/audit';
import { benefits } from '@web/i18n/sv/benefits';
import { initiativeWork } from '@web/i18n/sv/initiative-work';
import { risks } from '@web/i18n/sv/risks';
import { classification } from '@web/i18n/sv/classification';
import { documents } from '@web/i18n/sv/documents';
import { registers } from '@web/i18n/sv/registers';
import { plans } from '@web/i18n/sv/plans';
import { roadmap } from '@web/i18n/sv/roadmap';
import { governanceYear } from '@web/i18n/sv/governance-year';
import { strategy } from '@web/i18n/sv/strategy';
import { maturity } from '@web/i18n/sv/maturity';
import { library } from '@web/i18n/sv/library';
import { setup } from '@web/i18n/sv/setup';
import { sso } from '@web/i18n/sv/sso';
import { installation } from '@web/i18n/sv/installation';
import { account } from '@web/i18n/sv/account';
import { start } from '@web/i18n/sv/start';
import { correcting } from '@web/i18n/sv/correcting';
import { meetings } from '@web/i18n/sv/meetings';

/**
 * Swedish texts: the source language. Every key added here must also be added to `en.ts` (the
 * type checker enforces it). Feature helpers add their texts under their own top-level key
 * (`needs: { … }`) so files stay easy to review.
 */
export const sv = {
  app: {
    name: 'Digiplan',
    tagline: 'Styrning av digitalisering och välfärdsteknik',
    skipToMain: 'Hoppa till huvudinnehåll',
    home: 'Digiplan, till startsidan',
  },
  nav: {
    label: 'Huvudmeny',
    menu: 'Meny',
    currentGroup: 'här är du nu',
    groups: {
      needsAndDecisions: 'Behov och beslut',
      initiativesAndBenefits: 'Initiativ och nytta',
      planAndFollowUp: 'Plan och uppföljning',
      registers: 'Register',
      administration: 'Administration',
    },
    start: 'Start',
    submitNeed: 'Lämna behov',
    needs: 'Behov',
    priorityMatrix: 'Prioriteringsmatris',
    decisionLog: 'Beslutslogg',
    meetings: 'Beslutsforum och möten',
    initiatives: 'Initiativ',
    administration: 'Administration',
    auditLog: 'Granskningslogg',
    benefitRealisation: 'Nyttorealisering',
    systems: 'Systemlista',
    welfareTech: 'Välfärdsteknik',
    supplierDemos: 'Leverantörsvisningar',
    plans: 'Planer',
    strategy: 'Strategi',
    maturity: 'Digital mognad',
    library: 'Biblioteket',
    governanceYear: 'Årshjul',
    installation: 'Installation',
  },
  search: {
    landmark: 'Sök',
    label: 'Sök behov, initiativ, system och dokument',
    placeholder: 'B-12 eller ord',
    submit: 'Sök',
    title: 'Sök',
    titleFor: 'Sök: {{q}}',
    empty: 'Skriv ett behovsnummer (B-12) eller några ord i sökrutan.',
    summary_one: '{{count}} träff på ”{{q}}”.',
    summary_other: '{{count}} träffar på ”{{q}}”.',
    noneOfKind: 'Inga träffar.',
    fromNeed: '(från {{number}})',
    kinds: { needs: 'Behov', initiatives: 'Initiativ', systems: 'System', documents: 'Dokument' },
  },
  header: {
    organization: 'Organisation',
    switchOrganization: 'Byt organisation',
    switchOrganizationFor: 'Byt organisation, nu {{name}}',
    current: 'nuvarande',
    switchedTo: 'Du arbetar nu i {{name}}.',
    noOrganization: 'Ingen organisation',
    userMenu: 'Användarmeny',
    language: 'Språk',
    changePassword: 'Byt lösenord',
    logOut: 'Logga ut',
    loggedOut: 'Du är utloggad.',
    notifications: 'Notiser',
    unread_one: '{{count}} oläst',
    unread_other: '{{count}} olästa',
  },
  footer: {
    label: 'Sidfot',
    about: 'Digiplan – styrning av digitalisering och välfärdsteknik i socialtjänsten.',
    accessibility: 'Tillgänglighetsredogörelse',
    apiDocs: 'API-dokumentation',
  },
  language: { sv: 'Svenska', en: 'English' },
  roles: {
    admin: 'Administratör',
    coordinator: 'Utvecklingsledare',
    steering_member: 'OLG-ledamot',
    director: 'Förvaltningschef',
    manager: 'Chef',
    staff: 'Medarbetare',
    viewer: 'Läsare',
  } satisfies Record<Role, string>,
  problem: {
    validation_failed: 'Några uppgifter behöver rättas. Se markeringarna i formuläret.',
    personal_data_suspected:
      'Texten ser ut att innehålla ett personnummer eller samordningsnummer. Ta bort det innan du sparar – Digiplan får inte innehålla uppgifter om enskilda brukare.',
    bad_request: 'Begäran kunde inte behandlas. Ladda om sidan och försök igen.',
    unauthenticated: 'Du är inte inloggad, eller så har din session gått ut. Logga in igen.',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    forbidden: 'Du har inte behörighet att göra detta.',
    csrf_failed: 'Begäran kunde inte verifieras. Ladda om sidan och försök igen.',
    sso_required: 'Din organisation loggar in med SSO (enkel inloggning). Logga in med din organisations konto i stället för lösenord.',
    not_found: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    conflict: 'Ändringen krockar med uppgifter som redan finns.',
    invalid_state: 'Det går inte att göra så i det nuvarande läget. Ladda om sidan för att se det senaste.',
    precondition_failed: 'Någon annan har sparat en ändring under tiden. Ladda om för att se den innan du sparar igen.',
    payload_too_large: 'Det du försöker spara är för stort.',
    unsupported_media_type: 'Formatet stöds inte.',
    unprocessable: 'Det går inte att göra så. Läs förklaringen vid fältet.',
    personal_data_warning: 'Texten kan innehålla personuppgifter. Kontrollera den och bekräfta innan du sparar.',
    precondition_required: 'Sidan behöver laddas om innan du kan spara. Ladda om och försök igen.',
    too_many_requests: 'För många försök på kort tid. Vänta några minuter och försök igen.',
    internal: 'Något gick fel i Digiplan. Försök igen om en stund. Uppge felkoden om du kontaktar supporten.',
    unavailable: 'Digiplan är inte tillgängligt just nu. Försök igen om en stund.',
  } satisfies Record<ErrorCode, string>,
  requestFailure: {
    network: 'Digiplan gick inte att nå. Kontrollera din anslutning och försök igen.',
    unknown: 'Något gick fel. Försök igen.',
    requestId: 'Felkod: {{id}}',
  },
  fieldIssue: {
    required: 'Fyll i fältet.',
    tooShort: 'Skriv minst {{min}} tecken.',
    tooLong: 'Skriv högst {{max}} tecken.',
    tooSmall: 'Värdet måste vara minst {{min}}.',
    tooBig: 'Värdet får vara högst {{max}}.',
    chooseAtLeastOne: 'Välj minst ett alternativ.',
    email: 'Skriv en e-postadress, till exempel namn@kommun.se.',
    number: 'Skriv ett tal, till exempel 1 250,50.',
    date: 'Skriv ett datum som ÅÅÅÅ-MM-DD.',
    invalid: 'Kontrollera värdet.',
    personal_number: 'Ta bort personnumret eller samordningsnumret ur texten.',
    wrong_password: 'Lösenordet stämmer inte.',
    same_as_current: 'Välj ett annat lösenord än det nuvarande.',
    breached_password: 'Lösenordet finns i en lista över vanliga eller läckta lösenord. Välj ett annat, gärna en mening av flera ord.',
  },
  common: {
    loading: 'Laddar …',
    saving: 'Sparar …',
    save: 'Spara',
    saved: 'Sparat',
    cancel: 'Avbryt',
    close: 'Stäng',
    reload: 'Ladda om',
    tryAgain: 'Försök igen',
    showMore: 'Visa fler',
    shownCount_one: 'Visar {{count}} rad.',
    shownCount_other: 'Visar {{count}} rader.',
    optional: '(frivilligt)',
    notifications: 'Meddelanden',
  },
  errorSummary: { heading: 'Rätta följande innan du fortsätter:' },
  conflict: {
    heading: 'Någon annan hann före',
    body: 'Någon annan har sparat en ändring under tiden. Ladda om för att se den innan du sparar igen.',
    keepText: 'Det du har skrivit finns kvar tills du laddar om. Kopiera det gärna först.',
  },
  table: {
    noRows: 'Det finns inget att visa.',
    scrollCue: 'Tabellen är bredare än rutan. Dra i sidled, eller markera tabellen och använd piltangenterna, för att se alla kolumner.',
  },
  auth: {
    login: {
      title: 'Logga in',
      intro: 'Logga in med din e-postadress och ditt lösenord.',
      email: 'E-postadress',
      password: 'Lösenord',
      submit: 'Logga in',
      invalidCredentials: 'Fel e-postadress eller lösenord.',
      tooManyAttempts: 'För många inloggningsförsök. Vänta några minuter och försök igen.',
      expired: 'Din session har gått ut. Logga in igen för att fortsätta.',
      loggedOut: 'Du är utloggad.',
    },
    changePassword: {
      title: 'Byt lösenord',
      required: 'Du loggade in med ett engångslösenord. Välj ett eget lösenord innan du fortsätter.',
      whyHeading: 'Så väljer du ett bra lösenord',
      why:
        'Ett långt lösenord är svårare att gissa än ett krångligt. Använd minst 12 tecken – gärna några ord som bildar en mening du kommer ihåg. Använd inte samma lösenord som i andra tjänster. Vanliga och läckta lösenord, som ”passwordpassword”, godtas inte.',
      current: 'Nuvarande lösenord',
      new: 'Nytt lösenord',
      newDescription: 'Minst 12 och högst 256 tecken, vilka som helst.',
      repeat: 'Upprepa det nya lösenordet',
      mismatch: 'Lösenorden är inte likadana.',
      submit: 'Spara nytt lösenord',
      done: 'Ditt lösenord är bytt.',
      otherSessions: 'Du har loggats ut från andra enheter.',
    },
  },
  home: {
    title: 'Start',
    greeting: 'Hej {{name}}!',
    organization: 'Du arbetar i {{name}} som {{roles}}.',
    noOrganization: 'Du är inte medlem i någon organisation ännu. Be en administratör att lägga till dig.',
    shortcuts: 'Genvägar',
    links: {
      submitNeed: 'Beskriv ett behov eller en idé om digitalisering i din verksamhet.',
      needs: 'Se alla behov som har lämnats och vad som händer med dem.',
      priorityMatrix: 'Se hur behoven har bedömts och prioriterats.',
      decisionLog: 'Läs besluten som har fattats om behoven.',
      meetings: 'Beslutsforum som OLG, deras möten, dagordningar och protokoll.',
      initiatives: 'Följ initiativen från start till uppföljd nytta.',
      administration: 'Hantera organisationen, användare och roller.',
      auditLog: 'Se vem som har gjort vad och när.',
      benefitRealisation: 'Följ planerad och realiserad nytta för alla initiativ.',
      systems: 'Förvaltningens system, avtal, kostnader och integrationer.',
      welfareTech: 'Införd välfärdsteknik: antal och placering per datum.',
      supplierDemos: 'Leverantörsvisningar och vilka behov de kan svara mot.',
      plans: 'Digitaliseringsplanen: förändringar per år, kostnader och fastställda versioner.',
      strategy: 'Vision, SWOT, intressenter, framgångsfaktorer, fokusområden och mål.',
      maturity: 'Skatta förvaltningens digitala mognad och följ den över åren.',
      library: 'Sök bland initiativ som andra organisationer har delat och kopiera dem som egna behov.',
      governanceYear: 'Styråret: möten, rapporter, mätningar och avtal månad för månad.',
      installation: 'Hantera installationens organisationer som systemadministratör.',
    },
    myNeeds: {
      heading: 'Mina behov',
      caption: 'Behov som du har lämnat',
      empty: 'Du har inte lämnat några behov ännu.',
      unavailable: 'Här visas snart de behov som du har lämnat.',
      number: 'Nummer',
      titleColumn: 'Rubrik',
      status: 'Status',
      submittedAt: 'Inlämnat',
    },
  },
  notifications: {
    title: 'Notiser',
    intro: 'Här får du veta vad som händer med behov som du har lämnat eller följer.',
    empty: 'Du har inga notiser.',
    unavailable: 'Notiser finns inte tillgängliga ännu.',
    unread: 'Oläst',
    read: 'Läst',
    markRead: 'Markera som läst',
    markReadNamed: 'Markera som läst: {{text}}',
    markAllRead: 'Markera alla som lästa',
    allMarkedRead: 'Alla notiser är markerade som lästa.',
    markedRead: 'Notisen är markerad som läst.',
    shown_one: 'Visar {{count}} notis.',
    shown_other: 'Visar {{count}} notiser.',
    openNeed: 'Öppna behovet',
    kinds: {
      need_decided_reject: 'Ditt behov {{need}} har avslagits.',
      need_decided_park: 'Ditt behov {{need}} har parkerats.',
      need_decided_proceed: 'Ditt behov {{need}} ska genomföras som {{form}}.',
      need_decided: 'Ett beslut har fattats om ditt behov {{need}}.',
      need_merged: 'Ditt behov har slagits ihop med {{target}}.',
      need_commented: '{{author}} har kommenterat ditt behov {{need}}.',
      need_assessed: 'Ditt behov {{need}} har bedömts och fått prioritet {{priority}}.',
      need_assessed_plain: 'Ditt behov {{need}} har bedömts.',
      unknown: 'Du har en ny notis.',
      reminder_benefit_measurement_due: 'Dags att mäta nyttan {{title}} ({{date}}).',
      reminder_contract_ending: 'Avtalet för {{title}} löper ut {{date}}.',
      reminder_contract_notice: 'Sista dag att säga upp avtalet för {{title}} är {{date}}.',
      reminder_classification_review: 'Dags att se över informationsklassningen av {{title}} ({{date}}).',
    },
    openReminder: 'Öppna i Digiplan',
    someone: 'Någon',
    forms: { project: 'projekt', assignment: 'uppdrag', improvement: 'verksamhetsförbättring' },
  },
  needStatus: {
    submitted: 'Inkommen',
    assessed: 'Bedömd',
    approved: 'Beslutad – genomförs',
    rejected: 'Avslagen',
    parked: 'Parkerad',
    merged: 'Sammanslagen',
  } satisfies Record<NeedStatus, string>,
  about: {
    title: 'Tillgänglighetsredogörelse',
    intro:
      '{{organization}} står bakom Digiplan och vill att alla ska kunna använda tjänsten, oavsett funktionsnedsättning. Här beskriver vi hur Digiplan uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
    organizationFallback: 'Förvaltningen',
    statusHeading: 'Hur tillgänglig är tjänsten?',
    status:
      'Digiplan är byggt för att uppfylla kraven i WCAG 2.1 på nivå AA, som lagen (2018:1937) om tillgänglighet till digital offentlig service hänvisar till. Tjänsten är delvis förenlig med kraven: vi testar varje sida automatiskt och med tangentbord, men alla delar har ännu inte granskats manuellt med skärmläsare.',
    designHeading: 'Så har vi byggt tjänsten',
    design: {
      keyboard: 'Alla funktioner går att använda med enbart tangentbord, och fokus syns tydligt.',
      structure: 'Sidorna har rubriker, landmärken och en länk för att hoppa direkt till huvudinnehållet.',
      forms: 'Formulär har etiketter, hjälptexter och en sammanfattning av fel som länkar till fälten.',
      colour: 'Information förmedlas aldrig bara med färg, och kontrasten mellan text och bakgrund följer nivå AA.',
      charts: 'Diagram har alltid en tabell med samma uppgifter bredvid sig.',
    },
    knownIssuesHeading: 'Kända brister',
    knownIssues:
      'Alla delar är inte granskade manuellt med skärmläsare. Den automatiska kontrollen (axe och 320 pixlars bredd) körs i våra webbläsartester för de flesta sidor, men ännu inte för varje sida och roll. Breda tabeller rullar i sidled i en egen ruta på smala skärmar. Nedladdade Word- och Excelfiler är inte granskade för skärmläsare. Hittar du en brist, vill vi gärna veta det.',
    reportHeading: 'Rapportera brister eller be om information i annat format',
    report:
      'Om du upplever problem med tjänsten, eller behöver innehållet i ett annat format, kontakta den som administrerar Digiplan i {{organization}} eller kommunens kontaktcenter. Beskriv gärna vilken sida det gäller och vad som hände. Vi svarar så snart vi kan.',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (DIGG) har ansvar för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.',
    diggLink: 'Anmäl till DIGG (digg.se)',
    assessmentHeading: 'Hur vi har testat tjänsten',
    assessment:
      'Vi har själva bedömt tjänsten. Varje sida kontrolleras automatiskt mot WCAG 2.1 AA när tjänsten byggs, och vi testar med tangentbord och förstoring. Redogörelsen uppdaterades senast {{date}}.',
  },
  assessment,
  decisions,
  matrix,
  initiatives,
  process,
  needs,
  admin,
  adminErrors,
  audit,
  benefits,
  initiativeWork,
  risks,
  classification,
  documents,
  registers,
  plans,
  roadmap,
  governanceYear,
  strategy,
  maturity,
  library,
  setup,
  sso,
  installation,
  account,
  start,
  correcting,
  meetings,
  personalDataWarning: {
    heading: 'Kan texten innehålla personuppgifter?',
    intro: 'Digiplan får inte innehålla uppgifter om enskilda brukare, patienter eller elever. Vi hittade något som kan vara det:',
    question: 'Kontrollera texten. Om den inte handlar om en enskild person kan du spara ändå; annars ändrar du texten först.',
    confirm: 'Texten har inga personuppgifter – spara',
    fields: { title: 'Rubrik', problem: 'Problem', expectedBenefit: 'Förväntad nytta', body: 'Kommentar', note: 'Anteckning', other: 'Texten' },
    reasons: {
      personal_number_check_digit: '”{{text}}” ser ut som ett personnummer eller samordningsnummer (med fel kontrollsiffra).',
      name_with_room: '”{{text}}” ser ut som ett namn, med ett rumsnummer i närheten.',
      name_with_address: '”{{text}}” ser ut som ett namn, med en adress i närheten.',
      name_with_diagnosis: '”{{text}}” ser ut som ett namn, med en diagnos i närheten.',
      other: '”{{text}}” kan vara en personuppgift.',
    },
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Vi hittar inte sidan du söker. Den kan ha flyttats, eller så är adressen felstavad.',
    home: 'Gå till startsidan',
  },
  forbidden: {
    title: 'Du saknar behörighet',
    body: 'Din roll ger inte tillgång till den här sidan. Kontakta en administratör om du behöver den.',
  },
  routeError: {
    title: 'Sidan kunde inte visas',
    body: 'Något gick fel när sidan skulle visas. Det kan bero på att Digiplan har uppdaterats. Ladda om sidan och försök igen.',
  },
} as const;
