import type { Config } from 'jest';

// tsconfig sets isolatedModules, so ts-jest only strips types; `npm run typecheck` checks them.
const transform: Config['transform'] = { '^.+\\.ts$': 'ts-jest' };

const project = (displayName: string, folder: string): Config => ({
  displayName,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${folder}/**/*.test.ts`],
});

const config: Config = {
  projects: [project('unit', 'unit'), project('cases', 'cases'), project('e2e', 'e2e')],
};

export default config;
