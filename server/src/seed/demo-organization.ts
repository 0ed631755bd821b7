import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { hashPassword } from '@server/platform/auth/passwords';
import { inPlatform } from '@server/platform/tenancy/context';
import { focusAreas, organizations, strategicGoals, units } from '@server/modules/organizations/organizations.tables';
import { memberships, users } from '@server/modules/users/users.tables';
import { platformSetOrganizationEmailDomains } from '@server/modules/users/users.platform';

/** The demo organisation owns this e-mail domain: its administrator creates accounts there (ADR 0004). */
export const DEMO_EMAIL_DOMAIN = 'exempelkommun.se';

/** The demo organisation's structure, drawn from the seed plans (Alingsås focus areas, Karlsborg units). */
const UNITS = ['Hemtjänst', 'Särskilt boende (SÄBO)', 'Korttidsboende', 'LSS för boende och arbete', 'Individ- och familjeomsorg (IFO)', 'Hälso- och sjukvård (HSL)', 'Myndighetsutövning', 'Teknikenheten'];
const FOCUS_AREAS = [
  { name: 'Effektivitet', description: 'Frigöra tid och resurser genom smartare arbetssätt och verktyg.' },
  { name: 'Trygghet och delaktighet', description: 'Brukare och anhöriga ska känna sig trygga och kunna vara delaktiga.' },
  { name: 'Hållbarhet', description: 'Långsiktigt hållbar verksamhet, arbetsmiljö och kompetensförsörjning.' },
];
const GOALS = [
  { title: 'Fler brukare ska kunna bo kvar tryggt i ordinärt boende', focus: 1 },
  { title: 'Minska tiden för administration i hemtjänsten', focus: 0 },
  { title: 'Möta framtidens kompetens- och personalförsörjningsbehov', focus: 2 },
  { title: 'Öka den digitala kompetensen hos alla medarbetare', focus: 2 },
];

export type DemoOrganization = { organizationId: string; adminId: string; unitIds: string[]; focusAreaIds: string[]; goalIds: string[] };

/** Creates a user (global) with a membership in `organizationId`. */
export async function platformCreateMember(
  db: Db,
  organizationId: string,
  input: { email: string; name: string; password: string; roles: Role[]; mustChangePassword?: boolean },
): Promise<string> {
  const userId = uuidv7();
  const passwordHash = await hashPassword(input.password);
  await inPlatform(db, async (tx) => {
    await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash, mustChangePassword: input.mustChangePassword ?? false });
    await tx.insert(memberships).values({ organizationId, id: uuidv7(), userId, roles: input.roles });
  });
  return userId;
}

/**
 * Creates the demo organisation with its tree, focus areas, goals and administrator. Platform
 * code: the organisation does not exist yet, so there is no tenant context to act in.
 */
export async function createDemoOrganization(db: Db, input: { adminEmail: string; adminPassword: string; name?: string }): Promise<DemoOrganization> {
  const organizationId = uuidv7();
  const unitIds = UNITS.map(() => uuidv7());
  const focusAreaIds = FOCUS_AREAS.map(() => uuidv7());
  const goalIds = GOALS.map(() => uuidv7());
  await inPlatform(db, async (tx) => {
    await tx.insert(organizations).values({
      id: organizationId,
      name: input.name ?? 'Exempelkommun – Socialförvaltningen',
      municipality: 'Exempelkommun',
      vision: 'Digitalisering och välfärdsteknik ska ge trygghet, självständighet och delaktighet för dem vi finns till för – och en hållbar arbetsmiljö för medarbetarna.',
    });
    await tx.insert(units).values(UNITS.map((name, i) => ({ organizationId, id: unitIds[i]!, name })));
    await tx.insert(focusAreas).values(FOCUS_AREAS.map((area, i) => ({ organizationId, id: focusAreaIds[i]!, sortOrder: i, ...area })));
    await tx.insert(strategicGoals).values(GOALS.map((goal, i) => ({ organizationId, id: goalIds[i]!, title: goal.title, focusAreaId: focusAreaIds[goal.focus]! })));
  });
  await platformSetOrganizationEmailDomains(db, organizationId, [DEMO_EMAIL_DOMAIN]);
  const adminId = await platformCreateMember(db, organizationId, {
    email: input.adminEmail,
    name: 'Administratör Exempelkommun',
    password: input.adminPassword,
    roles: ['admin', 'coordinator'],
    mustChangePassword: true,
  });
  return { organizationId, adminId, unitIds, focusAreaIds, goalIds };
}
