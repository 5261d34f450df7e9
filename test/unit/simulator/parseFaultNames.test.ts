import { isHarnessError, type HarnessError } from '../../../src/core/HarnessError';
import { faultCatalogue, faultNames, parseFaultNames } from '../../../src/simulator';

/** The HarnessError a call throws, or undefined when it throws none or something else. */
const catchHarnessError = (run: () => unknown): HarnessError | undefined => {
  try {
    run();
  } catch (error) {
    if (isHarnessError(error)) return error;
  }
  return undefined;
};

describe('parseFaultNames', () => {
  it('accepts every catalogued fault', () => {
    expect(parseFaultNames(faultNames)).toEqual(faultNames);
  });

  it('refuses an unknown name and lists the allowed ones in the fix', () => {
    const error = catchHarnessError(() => parseFaultNames(['ignore-auth', 'no-such-fault']));

    expect(error?.code).toBe('SIMULATOR_UNKNOWN_FAULT');
    expect(error?.message).toBe("unknown fault 'no-such-fault'");
    expect(error?.fix).toContain(faultNames.join(', '));
  });

  it('describes each fault in one line', () => {
    for (const description of Object.values(faultCatalogue)) {
      expect(description).toMatch(/^[^\n]{10,100}$/);
    }
  });
});
