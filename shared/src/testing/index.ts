/** Fixtures for unit tests of the shared builders and of the app; not part of the runtime API. */
export * from './dashboard-fixtures';
export * from './row-fixtures';
