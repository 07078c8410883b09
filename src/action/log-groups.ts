import * as core from '@actions/core';
import type { RunPhase } from '../pipeline/run-benchmark.js';

/** The phases of the main step, in order, as the job log's collapsible groups name them. */
export const PHASE_TITLES = {
  setup: 'infergate: configuration and dataset',
  engine: 'infergate: engine start',
  load: 'infergate: load',
  results: 'infergate: metrics and run folder',
  gate: 'infergate: gate, summary and publishing',
} as const;
export type Phase = keyof typeof PHASE_TITLES;

/** The group each of the pipeline's phases (RunHooks.onPhase) is logged in. */
const GROUP_OF: Record<RunPhase, Phase> = {
  config: 'setup',
  dataset: 'setup',
  engine: 'engine',
  'warm-up': 'load',
  load: 'load',
  'read-back': 'results',
  scoring: 'results',
  report: 'gate',
  upload: 'gate',
};

export function groupOf(phase: RunPhase): Phase {
  return GROUP_OF[phase];
}

/** The @actions/core calls the groups use (a fake in tests). */
export interface GroupLog {
  startGroup(title: string): void;
  endGroup(): void;
  info(message: string): void;
}

/**
 * The main step's log as actions/checkout tells it: one collapsible group per phase, and after each group
 * one status line that stays visible when the group is folded, so a reviewer reads the story (and the
 * verdict) without scrolling through engine start-up. Status lines carry only infergate's own words and
 * figures: an engine's or server's text stays inside the group (and in the error annotation).
 */
export class PhaseGroups {
  private current: { phase: Phase; startedAt: number } | null = null;

  constructor(
    private readonly log: GroupLog = core,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Ends the open phase as done and opens the next one; entering the open phase again changes nothing. */
  enter(phase: Phase): void {
    if (this.current?.phase === phase) return;
    this.close('done');
    this.log.startGroup(PHASE_TITLES[phase]);
    this.current = { phase, startedAt: this.now() };
  }

  /** Ends the open phase with its status: `done`, `failed`, or a short summary such as `verdict: pass`. */
  close(status: string): void {
    if (this.current === null) return;
    const { phase, startedAt } = this.current;
    this.current = null;
    this.log.endGroup();
    const seconds = ((this.now() - startedAt) / 1000).toFixed(1);
    this.log.info(`${PHASE_TITLES[phase]} — ${status} (${seconds} s)`);
  }
}
