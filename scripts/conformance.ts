import { createRequestProperties, unknownNumberFloor } from '../properties';
import { conformanceCommand } from '../src/cli/conformanceCommand';
import { runMain } from '../src/cli/runMain';

runMain(() =>
  conformanceCommand(process.argv.slice(2), { createRequestProperties, unknownNumberFloor }),
);
