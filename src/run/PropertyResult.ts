import type { Exchange, Finding } from '../core/finding';
import type { StepRecord } from './model/ModelState';
import type { RequestCase } from './RequestCase';
import type { TargetKind } from './Target';

export interface Counterexample {
  /** What failed, in words: the case's rule, or the length of a sequence. */
  label: string;
  /** The generated case, for single-request properties. */
  testCase?: RequestCase;
  /** Each request of the failing case or sequence, numbered, as sent (token redacted). */
  steps: StepRecord[];
  /** The last exchange, with its response (token written as `$SERIAL_API_TOKEN`). */
  exchange?: Exchange;
  /** Shell lines that repeat the failing request(s); the token comes from the environment. */
  curl: string[];
  /** The command that re-runs exactly this counterexample. */
  replay: string;
}

export interface PropertyResult {
  name: string;
  target: TargetKind;
  title: string;
  operationId: string;
  passed: boolean;
  /** Cases generated and run, shrinking excluded. */
  numRuns: number;
  numShrinks: number;
  /** Requests sent, shrinking included. */
  requests: number;
  seed: number;
  /** fast-check's replay path of the counterexample. */
  path?: string;
  counterexample?: Counterexample;
  /** The failing findings of the counterexample. */
  findings: Finding[];
  /** Warnings seen on any case, one per code, operation and received value. */
  warnings: Finding[];
  /** Known deviations that explained a mismatch, with how many cases each covered. */
  deviations: Record<string, number>;
  /** A harness error that stopped the property (a bug, not a finding). */
  error?: string;
  /** Why the property stopped before its budget of cases (the safety envelope said so). */
  stopped?: string;
  durationMs: number;
}
