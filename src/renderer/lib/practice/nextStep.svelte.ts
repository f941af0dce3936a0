import { chapterLabel } from '@shared/bank/schema';
import type { SubjectOverview } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import type { PracticeSource } from './practiceSession.svelte';
import { NEXT_STEP_MESSAGES as M } from './nextStepMessages';

type NextStep = Awaited<ReturnType<Backend['today:next']>>;

/** What the button after 今日学习 does. */
export type NextAction = { kind: 'exam-lobby' } | { kind: 'practice'; source: PracticeSource; title: string } | { kind: 'home' };

export interface NextSuggestion {
  /** The button's text. */
  label: string;
  /** One line on why this is the next step. */
  why: string;
  action: NextAction;
}

/** Turns main's suggestion into a button: its words and where it leads. */
export function suggestionFor(step: NextStep, overview: readonly SubjectOverview[]): NextSuggestion {
  switch (step.kind) {
    case 'mock': {
      const subject = overview.find((s) => s.id === step.subject);
      return { label: M.mock, why: M.mockWhy(subject?.name ?? ''), action: { kind: 'exam-lobby' } };
    }
    case 'weakest-chapter': {
      const subject = overview.find((s) => s.id === step.subject);
      const chapter = subject?.chapters.find((c) => c.id === step.chapter);
      const name = chapter ? `${subject!.shortName} · ${chapterLabel(chapter)}` : '';
      return {
        label: M.chapter,
        why: M.chapterWhy(name),
        action: { kind: 'practice', source: { kind: 'chapter', subject: step.subject, chapter: step.chapter }, title: name },
      };
    }
    case 'more-new':
      return {
        label: M.moreNew(step.count),
        why: M.moreNewWhy,
        action: { kind: 'practice', source: { kind: 'today', extraNew: step.count }, title: M.todayTitle },
      };
    case 'rest':
      return { label: M.rest, why: M.restWhy, action: { kind: 'home' } };
  }
}

/** The next-step suggestion shown in the summary after 今日学习; without one (a failed read) the summary shows none. */
export class NextStepState {
  readonly #backend: Backend;
  #suggestion = $state<NextSuggestion | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get suggestion(): NextSuggestion | null {
    return this.#suggestion;
  }

  async load(overview: readonly SubjectOverview[]): Promise<void> {
    try {
      this.#suggestion = suggestionFor(await this.#backend['today:next'](undefined), overview);
    } catch {
      // The suggestion is a help, not a must: without it the summary keeps its 返回首页.
      this.#suggestion = null;
    }
  }
}
