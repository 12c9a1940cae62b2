/**
 * Tasks that directives assign to agencies, read from the <Task> blocks in each document's body,
 * so each agency's page can list every task given to it.
 */
import { excerpt, findBlocks, idList, plainText } from './mdx-blocks.ts';
import { taskAnchor } from './routes.ts';

export interface AssignedTask {
  /** Id of the document the task is in. */
  document: string;
  /** Number as printed, e.g. "5.". */
  n: string;
  section?: string;
  /** Number for lists, without the printed punctuation: "5", "III.3". */
  label: string;
  /** Anchor of the task in the document page. */
  anchor: string;
  /** Agencies the task is assigned to. */
  agencies: string[];
  /** Agencies named to cooperate. */
  partners: string[];
  /** Start of the task's text, plain. */
  excerpt: string;
}

/** "5." → "5"; "3." in part III → "III.3". */
export function taskLabel(n: string, section?: string): string {
  return [section, n.trim().replace(/[.\-)\s]+$/, '')].filter(Boolean).join('.');
}

/** Tasks in one document body, in order. */
export function tasksIn(documentId: string, body: string): AssignedTask[] {
  return findBlocks(body, ['Task']).map((block) => ({
    document: documentId,
    n: block.attrs.n ?? '',
    section: block.attrs.section,
    label: taskLabel(block.attrs.n ?? '', block.attrs.section),
    anchor: taskAnchor(block.attrs.n ?? '', block.attrs.section),
    agencies: idList(block.attrs.agencies),
    partners: idList(block.attrs.partners),
    excerpt: excerpt(plainText(block.inner), 260),
  }));
}

export interface AgencyTasks {
  /** Tasks the agency leads. */
  assigned: AssignedTask[];
  /** Tasks where it is named to cooperate. */
  cooperating: AssignedTask[];
}

/** Tasks grouped by agency id. */
export function tasksByAgency(tasks: readonly AssignedTask[]): Map<string, AgencyTasks> {
  const byAgency = new Map<string, AgencyTasks>();
  const slot = (id: string) => {
    let entry = byAgency.get(id);
    if (!entry) byAgency.set(id, (entry = { assigned: [], cooperating: [] }));
    return entry;
  };
  for (const task of tasks) {
    for (const id of task.agencies) slot(id).assigned.push(task);
    for (const id of task.partners) if (!task.agencies.includes(id)) slot(id).cooperating.push(task);
  }
  return byAgency;
}
