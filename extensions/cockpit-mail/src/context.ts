import type { defineHook } from '@directus/extensions-sdk';

/** Directus' own types, taken from the SDK that builds this extension so that they always match it. */
export type HookContext = Parameters<Extract<Parameters<typeof defineHook>[0], (...args: never[]) => unknown>>[1];
export type Knex = HookContext['database'];
export type Schema = Awaited<ReturnType<HookContext['getSchema']>>;
export type Accountability = NonNullable<ConstructorParameters<HookContext['services']['ItemsService']>[1]['accountability']>;

/** The calendar day where the server runs ('YYYY-MM-DD'): reminders follow the district's day, not UTC's. */
export function localIsoDay(date: Date): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
