export { resolveZone, type ResolvedZone } from './zone';
