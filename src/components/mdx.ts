/**
 * Components editors may use in MDX bodies without importing them.
 */
import Task from './Task.astro';
import Question from './Question.astro';
import Basis from './Basis.astro';

export const editorComponents = { Task, Question, Basis };
