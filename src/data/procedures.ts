/**
 * The online public services section (compliance I8): each unit's procedure guides, linked to the
 * National Public Service Portal by their codes.
 */
import { services } from '../schema/sections.ts';
import { procedures } from '../schema/procedures.ts';
import { SERVICE_LEVELS, choiceLabel } from '../schema/vocabularies.ts';
import { fieldFacts, type Fact } from '../lib/fact-list.ts';
import { groupByDomain, submitLink, type DomainGroup, type SubmitLink } from '../lib/procedures.ts';
import { unitPath } from '../lib/units.ts';
import { entriesOf, perUnitPaths, portal } from './portal.ts';

export type ProcedureEntry = Awaited<ReturnType<typeof entriesOf<'procedures'>>>[number];

export interface ProcedureView {
  slug: string;
  href: string;
  title: string;
  code: string;
  domain: string;
  levelLabel: string;
  submit: SubmitLink;
  entry: ProcedureEntry;
}

export const levelLabel = (value: string) => choiceLabel(SERVICE_LEVELS, value);

export async function proceduresOf(unitSlug: string): Promise<ProcedureView[]> {
  const { tree, settings } = await portal();
  return (await entriesOf('procedures', unitSlug)).map((entry) => ({
    slug: entry.slug,
    href: unitPath(tree, entry.data.unit, services.segment, entry.slug),
    title: entry.data.title,
    code: entry.data.code,
    domain: entry.data.domain,
    levelLabel: levelLabel(entry.data.level),
    submit: submitLink(entry.data, settings.procedureUrl),
    entry,
  }));
}

/** A unit's guides grouped by field of work, in Vietnamese order. */
export async function procedureGroups(unitSlug: string): Promise<DomainGroup<ProcedureView>[]> {
  return groupByDomain(await proceduresOf(unitSlug));
}

export function detailPaths() {
  return perUnitPaths(async (unit) => (await proceduresOf(unit.slug)).map((p) => ({ params: { slug: p.slug }, props: { procedure: p } })), { shows: {} });
}

export function procedureFacts(p: ProcedureView): Fact[] {
  return fieldFacts(procedures, p.entry.data, ['code', 'domain', 'level', 'agency', 'duration', 'fee']);
}
