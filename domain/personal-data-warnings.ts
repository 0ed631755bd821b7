import { findSuspectedPersonalNumbers } from '@domain/personal-data';

/**
 * The second, softer half of the personal-data guard: text that may be about an individual client
 * without holding a valid personnummer. Such text is not refused; the user is asked to confirm
 * that it holds no personal data (a 422 `personal_data_warning` the form turns into a question).
 *
 * - a number written like a personnummer or samordningsnummer, with a real date, whose check digit
 *   is wrong (a mistyped number is still a person's number);
 * - a person's name (a common first name followed by a surname: "Anna Svensson") with a room
 *   ("rum 12", "lgh 1102"), a street address ("Storgatan 5") or a diagnosis ("diabetes", "demens")
 *   close by — what a note about a client looks like.
 *
 * It is tuned against the five seed documents (real plans, `domain/fixtures/seeds/`), none of whose
 * paragraphs may give a warning (`personal-data-warnings.test.ts`).
 */
export type PersonalDataWarningReason = 'personal_number_check_digit' | 'name_with_room' | 'name_with_address' | 'name_with_diagnosis';
export type PersonalDataWarning = { reason: PersonalDataWarningReason; index: number; text: string };

/** The most common Swedish first names (SCB), and some common in Swedish municipalities' care today. */
const FIRST_NAMES = new Set(
  `
  anna eva maria karin kristina lena kerstin sara emma ingrid marie malin jenny hanna birgitta inger annika linda susanne elin monica
  ulla johanna sofia carina elisabeth katarina helena ida julia marianne linnea sandra margareta gunilla anita camilla therese maja elsa
  ebba alice wilma astrid ella agnes klara lisa louise frida caroline josefin amanda matilda sofie emelie emilia ellen alva saga vera
  signe greta stina britt gun siv ingegerd barbro ann kajsa lovisa felicia moa nora ester ronja tilda isabelle agneta yvonne veronica
  åsa mona petra pia rut ruth elvira dagny gudrun solveig majken irma märta asta svea hedvig sigrid tove fatima amina aisha leyla mariam
  lars mikael anders johan erik per karl peter jan thomas daniel fredrik hans bengt stefan mats magnus andreas bo sven nils mattias
  jonas lennart martin björn oskar oscar niklas alexander leif gustav ulf kent david marcus christer tommy robert sebastian emil
  viktor simon göran rolf jörgen rickard patrik henrik kjell arne gunnar åke ove olle stig rune bertil tord ingvar sten lennart
  william liam noah hugo lucas elias adam filip axel isak ludvig albin anton theo olof olov gösta harald einar sixten elof sture allan
  holger folke evert helge vilhelm wilhelm ali mohammed mohammad ahmed hassan omar yusuf ibrahim mustafa hussein
`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word that can be a surname: capitalised, letters (and one hyphenated part), e.g. "Svensson", "Berg-Åkesson". */
// The surname is in a lookahead so "Brukaren Maria Lind" still tries "Maria Lind".
const NAME = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)(?=([ \u00A0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d]))/gu;

/** How far (characters, either side) a room, address or diagnosis may be from the name. */
const NEARBY = 60;

const ROOM = /(?<![\p{L}\d])(?:rum|rummet|lgh|lägenhet|lägenhetsnummer|lägenhetsnr|säng|sal)\.?[ \u00A0]*(?:nr\.?|nummer)?[ \u00A0]*\d+[a-z]?(?![\p{L}\d])/iu;
const STREET = /(?<![\p{L}\d])\p{L}+(?:gatan|gata|vägen|väg|gränd|gränden|stigen|torget|allén|backe|backen|leden|platsen|plan|stråket|udden)[ \u00A0]+\d+[ \u00A0]?[a-zA-Z]?(?![\p{L}\d])/u;
const DIAGNOSES = [
  'diabetes', 'demens', 'demenssjukdom', 'alzheimer', 'alzheimers', 'parkinson', 'parkinsons', 'cancer', 'kol', 'epilepsi',
  'schizofreni', 'bipolär', 'bipolaritet', 'depression', 'deprimerad', 'adhd', 'autism', 'add', 'hiv', 'stroke', 'hjärtsvikt',
  'psykos', 'missbruk', 'alkoholism', 'utvecklingsstörning', 'intellektuell funktionsnedsättning', 'downs syndrom', 'ms',
  'dövblind', 'afasi', 'anorexi', 'ätstörning', 'självskadebeteende', 'suicidrisk', 'hepatit',
];
const DIAGNOSIS = new RegExp(`(?<![\\p{L}\\d])(?:${DIAGNOSES.join('|')})(?![\\p{L}\\d])`, 'iu');

const NEARBY_CLUES: [RegExp, PersonalDataWarningReason][] = [
  [ROOM, 'name_with_room'],
  [STREET, 'name_with_address'],
  [DIAGNOSIS, 'name_with_diagnosis'],
];

/** Names of people ("Anna Svensson") with a room, street address or diagnosis within a sentence or so. */
export function findPersonReferences(text: string): PersonalDataWarning[] {
  const found: PersonalDataWarning[] = [];
  for (const match of text.matchAll(NAME)) {
    if (!FIRST_NAMES.has(match[1]!.toLowerCase())) continue;
    const start = match.index;
    const name = match[1]! + match[2]!;
    const end = start + name.length;
    const around = text.slice(Math.max(0, start - NEARBY), start) + ' ' + text.slice(end, end + NEARBY);
    const clue = NEARBY_CLUES.find(([pattern]) => pattern.test(around));
    if (clue) found.push({ reason: clue[1], index: start, text: name });
  }
  return found;
}

/** Everything in `text` the user should confirm holds no personal data, in the order written. */
export function findPersonalDataWarnings(text: string): PersonalDataWarning[] {
  const numbers = findSuspectedPersonalNumbers(text).map((m): PersonalDataWarning => ({ reason: 'personal_number_check_digit', index: m.index, text: m.text }));
  return [...numbers, ...findPersonReferences(text)].sort((a, b) => a.index - b.index);
}
