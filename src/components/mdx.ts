/**
 * Components editors may use in MDX bodies without importing them.
 */
import Task from './Task.astro';
import Question from './Question.astro';
import Basis from './Basis.astro';
import MasterTask from './MasterTask.astro';
import MasterBasis from './MasterBasis.astro';

/** For a body shown in its page's language. */
export const editorComponents = { Task, Question, Basis };

/** For the Vietnamese master shown beside a translation, whatever the page's language. */
export const masterComponents = { Task: MasterTask, Question, Basis: MasterBasis };
