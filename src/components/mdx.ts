/**
 * Components editors may use in MDX bodies without importing them. Each is documented with an
 * example in docs/content-model.md and docs/huong-dan-bien-tap.md, and checked by the content
 * check (src/lib/content-check.ts, src/lib/content-check-editorial.ts).
 */
import Task from './Task.astro';
import Question from './Question.astro';
import Basis from './Basis.astro';
import MasterTask from './MasterTask.astro';
import MasterBasis from './MasterBasis.astro';
import Quote from './Quote.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Audio from './Audio.astro';
import type { EditorComponent } from '../lib/editor-components.ts';

type Components = Record<EditorComponent, (props: any) => unknown>;

/** For a body shown in its page's language. */
export const editorComponents = { Task, Question, Basis, Quote, Callout, Figure, Audio } satisfies Components;

/** For the Vietnamese master shown beside a translation, whatever the page's language. */
export const masterComponents = { ...editorComponents, Task: MasterTask, Basis: MasterBasis } satisfies Components;
