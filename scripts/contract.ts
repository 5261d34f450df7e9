import { createRequestProperties } from '../properties';
import { contractCommand } from '../src/cli/contractCommand';
import { runMain } from '../src/cli/runMain';

runMain(() => contractCommand(process.argv.slice(2), { createRequestProperties }));
