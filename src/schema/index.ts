/**
 * Every content type of the portal, in the order the CMS lists them. The types of sections that
 * list entries (src/schema/sections.ts, «Thông báo») come with their section's declaration, after news.
 */
import { news } from './news.ts';
import { pages } from './pages.ts';
import { documents } from './documents.ts';
import { procedures } from './procedures.ts';
import { projects } from './projects.ts';
import { ocop } from './ocop.ts';
import { indicators } from './indicators.ts';
import { questions } from './questions.ts';
import { schedule } from './schedule.ts';
import { departments } from './departments.ts';
import { teams } from './teams.ts';
import { units } from './units.ts';
import { settings } from './settings.ts';
import { entriesSections } from './sections.ts';

export { news, pages, documents, procedures, projects, ocop, indicators, questions, schedule, departments, teams, units, settings };

export const contentTypes = [
  news,
  ...entriesSections.map((s) => s.serves.type),
  pages,
  documents,
  procedures,
  projects,
  ocop,
  indicators,
  questions,
  schedule,
  departments,
  teams,
  units,
  settings,
];
