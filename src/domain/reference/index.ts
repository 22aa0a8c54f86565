/** Reference data of the strategy: focus areas, life events and the UN sustainable development goals. */
export * from './focus-areas';
export * from './life-events';
export * from './sdgs';
