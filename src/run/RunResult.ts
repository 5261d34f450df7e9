import { findUntriedDeclared, type CoverageReport } from './CoverageReport';
import type { KnownDeviation } from './knownDeviations';
import type { PropertyResult } from './PropertyResult';
import type { TargetKind } from './Target';

/** Everything one run found, as the reporters render it. */
export interface RunResult {
  /** `contract`, `conformance` or `explore`. */
  command: string;
  specPath: string;
  targets: { kind: TargetKind; baseUrl: string }[];
  seed: number;
  numRuns: number;
  startedAt: string;
  durationMs: number;
  properties: PropertyResult[];
  /** Transition coverage of the workflow model, per stateful target. */
  coverage: CoverageReport[];
  /** Set when the run was asked to fail on declared pairs no move tried. */
  requireCoverage: boolean;
  /** On a live target: the tag that starts the name of each work order the run created. */
  runTag?: string;
  /** Work orders the run created on a live target, and the status it left each in. */
  created?: { id: string; woNumber: number; status: string }[];
  /** Requests sent, retries after 429/503 and time waited, on a live target. */
  traffic?: { requests: number; retries: number; waitedMs: number };
  /** Why the run stopped before its budget of cases, if it did. */
  stopped?: string;
  /** The known deviations that explained at least one case in this run. */
  deviations: Pick<KnownDeviation, 'code' | 'description'>[];
}

/** A run stopped by a budget has not checked all it set out to: it does not pass. */
export const isPassing = (result: RunResult): boolean =>
  result.stopped === undefined &&
  result.properties.every((property) => property.passed) &&
  (!result.requireCoverage || result.coverage.every((c) => findUntriedDeclared(c).length === 0));
