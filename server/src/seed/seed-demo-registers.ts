import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { buildCtx, inPlatform } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { createSystem } from '@server/modules/systems/create-system';
import { createIntegration } from '@server/modules/systems/create-integration';
import { setSystemTask } from '@server/modules/systems/set-system-task';
import { createWelfareTech } from '@server/modules/welfare-tech/create-welfare-tech';
import { createSupplierDemo } from '@server/modules/supplier-demos/create-supplier-demo';
import type { DemoOrganization } from '@server/seed/demo-organization';
import { DEMO_INTEGRATIONS, DEMO_SYSTEMS, DEMO_WELFARE_TECH } from '@server/seed/demo-registers';

/** Fills the registers through the real use cases, as the administrator, so every rule holds. */
export async function seedDemoRegisters(db: Db, org: DemoOrganization): Promise<void> {
  const ctx = buildCtx({
    actor: { id: org.adminId, name: 'Administratör Exempelkommun', email: 'admin@exempelkommun.se' },
    organizationId: org.organizationId,
    roles: ['admin'],
    requestId: 'demo-seed',
    ip: '127.0.0.1',
    db,
  });
  const scope = eq(initiatives.organizationId, org.organizationId);
  const firstInitiative = (await inPlatform(db, (tx) => tx.select({ id: initiatives.id }).from(initiatives).where(scope).orderBy(asc(initiatives.createdAt)).limit(1)))[0];

  const systemIds = new Map<string, string>();
  for (const { units, ...system } of DEMO_SYSTEMS) {
    const links = system.name === 'Phoniro' && firstInitiative ? [{ initiativeId: firstInitiative.id, relation: 'changed' as const }] : [];
    const created = await createSystem(ctx, { ...system, unitIds: units.map((i) => org.unitIds[i]!), initiativeLinks: links });
    systemIds.set(system.name, created.id);
  }
  const viva = await setSystemTask(ctx, systemIds.get('Viva')!, 'administration', { assigneeUserId: org.adminId, done: true }, 1);
  await setSystemTask(ctx, viva.id, 'support', { assigneeUserId: org.adminId, done: true }, viva.version);

  for (const { from, to, ...integration } of DEMO_INTEGRATIONS) {
    await createIntegration(ctx, { ...integration, fromSystemId: systemIds.get(from)!, toSystemId: systemIds.get(to)! });
  }
  for (const { system, ...item } of DEMO_WELFARE_TECH) {
    await createWelfareTech(ctx, { ...item, systemId: system ? systemIds.get(system)! : null, initiativeId: null });
  }

  const nightNeed = (
    await inPlatform(db, (tx) =>
      tx.select({ id: needs.id }).from(needs).where(and(eq(needs.organizationId, org.organizationId), like(needs.title, 'Digital nattillsyn%'))),
    )
  )[0];
  await createSupplierDemo(ctx, {
    title: 'Leverantörsvisning: trygghet i hemmet',
    heldOn: '2026-03-12',
    place: 'Stadshuset, sammanträdesrum Vättern',
    participants: [
      { role: 'operations', name: 'Enhetschef hemtjänst' },
      { role: 'digitalisation', name: 'Digitaliseringsstrateg' },
      { role: 'it', name: 'IT-samordnare' },
      { role: 'system_administrator', name: 'Teknikenheten' },
    ],
    presentations: [
      {
        supplier: 'Phoniro Systems AB',
        product: 'Digital nattillsyn',
        forWhom: 'Brukare i ordinärt boende med beviljad nattillsyn och deras anhöriga.',
        problemSolved: 'Nattbesök som väcker brukaren och tar personalens tid.',
        difference: 'Samma plattform som våra trygghetslarm och lås; en app för personalen.',
      },
      {
        supplier: 'Evondos Oy',
        product: 'Läkemedelsrobot',
        forWhom: 'Brukare som klarar sin medicinering med påminnelse.',
        problemSolved: 'Missade eller felaktiga doser och många korta läkemedelsbesök.',
        difference: 'Larmar hemtjänsten vid missad dos; dospåsar från apoteket.',
      },
    ],
    reflection: 'Nattillsynen svarar direkt mot behovet om digital nattillsyn. Visningen är underlag, inte ett köpbeslut; nästa steg är en nyttokalkyl.',
    needIds: nightNeed ? [nightNeed.id] : [],
  });
}
