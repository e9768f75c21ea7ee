// The core's public surface for hosts.
export { analyze } from './analyze';
export type * from './types';
export { validateOverrides, type CheckedOverrides } from './overrides';
