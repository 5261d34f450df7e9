import { HarnessError } from '../core/HarnessError';
import { faultNames, isFaultName, type FaultName } from './faultCatalogue';

/** Fault names as given on a command line, checked; the error lists the allowed ones. */
export const parseFaultNames = (names: readonly string[]): FaultName[] => {
  const unknown = names.find((name) => !isFaultName(name));
  if (unknown === undefined) return names.filter(isFaultName);

  throw new HarnessError(
    'SIMULATOR_UNKNOWN_FAULT',
    `unknown fault '${unknown}'`,
    `Pass --fault with one of: ${faultNames.join(', ')}.`,
  );
};
