import fc from 'fast-check';
import { judgeCase, sendCase, type CaseOutcome } from './executeCase';
import type { RequestCase } from './RequestCase';
import type { RunContext } from './Target';

/**
 * Runs the cases fast-check would generate for `seed` (fc.sample yields the same values, in the
 * same order, as fc.check), with the next request sent as soon as an answer arrives and the
 * answer judged while that request is in flight. Still one request on the wire at a time.
 * Returns the index of the first failing case, or undefined when all passed.
 */
export const runPipelined = async (
  context: RunContext,
  arbitrary: fc.Arbitrary<RequestCase>,
  options: { seed: number; numRuns: number },
  record: (testCase: RequestCase, outcome: CaseOutcome) => boolean,
): Promise<{ runs: number; failedAt?: number }> => {
  const cases = fc.sample(arbitrary, options);
  // A request refused by the safety envelope rejects while the loop waits a tick; marked as
  // handled here, it still throws where it is awaited, instead of ending the process.
  const send = (testCase: RequestCase) => {
    const sent = sendCase(context, testCase);
    sent.catch(() => undefined);
    return sent;
  };
  const first = cases[0];
  let pending = first === undefined ? undefined : send(first);

  for (const [index, testCase] of cases.entries()) {
    // `pending` is set whenever a case remains: it is the request for this case.
    const sent = await (pending as NonNullable<typeof pending>);
    const next = cases[index + 1];
    pending = next === undefined ? undefined : send(next);
    // node:http hands a pooled socket to a request on a later tick: let it go out first.
    await new Promise(setImmediate);

    if (!record(testCase, judgeCase(context, testCase, sent))) {
      // The failure is what counts: a refusal of the request after it changes nothing.
      await pending?.catch(() => undefined);
      return { runs: index + 1, failedAt: index };
    }
  }
  return { runs: cases.length };
};
