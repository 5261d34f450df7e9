export type { ExploreOptions } from './ExploreOptions';
export type { ExploreReport } from './ExploreReport';
export { runExplore, type ExploreOutput } from './runExplore';
