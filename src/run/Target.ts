import type { HttpClient } from '../http/createHttpClient';
import type { SpecModel } from '../spec/SpecModel';

/** What is being tested. Only the Prism mock gives a validation verdict of its own. */
export type TargetKind = 'prism-mock' | 'simulator' | 'live';

export interface Target {
  kind: TargetKind;
  baseUrl: string;
  client: HttpClient;
  /** Sent as `Authorization: Bearer <token>`; never printed (curl lines use $SERIAL_API_TOKEN). */
  token: string;
}

export interface RunContext {
  spec: SpecModel;
  target: Target;
}
