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
  /** The known deviations that explained at least one case in this run. */
  deviations: Pick<KnownDeviation, 'code' | 'description'>[];
}

export const isPassing = (result: RunResult): boolean =>
  result.properties.every((property) => property.passed);
