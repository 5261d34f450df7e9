import type { Config } from 'jest';

// Type checking is its own CI step (`npm run typecheck`); the transform only strips types.
const transform: Config['transform'] = {
  '^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
};

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
