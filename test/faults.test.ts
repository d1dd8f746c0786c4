/**
 * Crashes, as an operator meets them: Directus killed with SIGKILL during the first seed and
 * in the middle of a burst of edits, then started again. Afterwards the seed is complete
 * with the documents' counts and no duplicates, and no district holds a computed value that
 * differs from its inputs. `npm run check:integrity` finds and repairs what a crash between an
 * edit and its recompute leaves behind, and the check at start-up does the same by itself.
 *
 * Runs on its own Directus (the shared one must not be killed), on the database the test run
 * was asked for.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load-seed';
import { readSeedFiles, SEED_DISTRICTS } from '../seed/read-seed-files';
import type { SeedFile } from '../seed/format';
import { connectDatabase } from '../scripts/lib/database';
import { DirectusApiError, loginApi, type DirectusApi } from '../scripts/lib/directus-api';
import { PROJECT_ROOT } from '../scripts/lib/directus-process';
import { setupInstance } from '../scripts/lib/setup-instance';
import { requestedDatabase, startTemporaryInstance, type TemporaryInstance } from '../scripts/lib/temporary-instance';
import { q } from './support/api';
import { driftOf } from './support/drift';

type Row = Record<string, unknown>;

/** Where each collection's rows name their district. */
const DISTRICT_FILTER: Record<string, string> = {
	action_fields: '[district]',
	measures: '[district]',
	priority_criteria: '[district]',
	priority_levels: '[criterion][district]',
	measure_ratings: '[measure][district]',
	annual_goals: '[district]',
	kpis: '[district]',
	kpi_values: '[kpi][district]',
	status_reports: '[district]',
	progress_updates: '[status_report][district]',
	action_field_snapshots: '[action_field][district]',
	action_field_dependencies: '[from_field][district]',
};

/** The number of items per collection that a document holds. */
function documentCounts(file: SeedFile): Record<string, number> {
	return {
		action_fields: file.action_fields.length,
		measures: file.measures.length,
		priority_criteria: file.priority_criteria.length,
		priority_levels: file.priority_criteria.reduce((sum, c) => sum + c.levels.length, 0),
		measure_ratings: file.ratings.length,
		annual_goals: file.annual_goals.length,
		kpis: file.kpis.length,
		kpi_values: file.kpis.reduce((sum, k) => sum + k.values.length, 0),
		status_reports: file.status_reports.length,
		progress_updates: file.status_reports.reduce((sum, r) => sum + r.updates.length, 0),
		action_field_snapshots: file.action_field_snapshots.length,
		action_field_dependencies: file.action_field_dependencies.length,
	};
}

async function storedCounts(api: DirectusApi, district: string): Promise<Record<string, number>> {
	const entries = await Promise.all(
		Object.entries(DISTRICT_FILTER).map(async ([collection, path]) => {
			const rows = await api.get<Row[]>(`/items/${collection}${q({ [`filter${path}[_eq]`]: district, fields: 'id', limit: -1 })}`);
			return [collection, new Set(rows.map((row) => row['id'])).size === rows.length ? rows.length : -1] as const;
		}),
	);
	return Object.fromEntries(entries);
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Zeitüberschreitung: ${what}`);
}

/** Runs `npm run check:integrity` against the instance's database and returns what it printed. */
function checkIntegrity(instance: TemporaryInstance, ...args: string[]): string {
	const databaseSettings = Object.fromEntries(Object.entries(instance.env).filter(([key]) => key.startsWith('DB_')));
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-integrity.ts', ...args], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, ...databaseSettings },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`check:integrity endete mit Code ${result.status}:\n${result.stderr}`);
	return result.stdout;
}

describe('faults: Directus killed and started again', () => {
	let instance: TemporaryInstance;
	let admin: DirectusApi;
	const login = () => loginApi(instance.url, instance.admin.email, instance.admin.password);

	beforeAll(async () => {
		instance = await startTemporaryInstance({ database: requestedDatabase(), seed: false });
	}, 600_000);

	afterAll(async () => {
		await instance?.stop();
	});

	it('kill -9 during the first seed, then a restart: the seed completes with the documents\' counts and no duplicates', async () => {
		const api = await login();
		const seeding = loadSeed(api, () => {}).then(
			() => 'fertig',
			() => 'abgebrochen',
		);
		// Killed once the first district is partly written: measures exist, its ratings may not.
		await waitFor(async () => (await api.get<Row[]>(`/items/measures${q({ fields: 'id', limit: 1 })}`)).length > 0, 'erste Maßnahmen');
		await instance.kill();
		expect(await seeding).toBe('abgebrochen');

		await instance.restart();
		await setupInstance(instance.url, instance.admin, () => {}, instance.env);
		admin = await login();
		const stored: Record<string, Record<string, number>> = {};
		const expected: Record<string, Record<string, number>> = {};
		for (const file of readSeedFiles()) {
			stored[file.district.id] = await storedCounts(admin, file.district.id);
			expected[file.district.id] = documentCounts(file);
		}
		expect(stored).toEqual(expected);
	});

	it('kill -9 in the middle of a burst of edits, then a restart: no drift in any district, nothing lost', async () => {
		const api = await loginApi(instance.url, 'redaktion@example.com', 'redaktion');
		const ratings = await api.get<Row[]>(`/items/measure_ratings${q({ 'filter[measure][district][_eq]': 'viersen', fields: 'id,criterion.levels', limit: -1 })}`);
		const edits = Array.from({ length: 120 }, (_, i) => {
			const rating = ratings[(i * 37) % ratings.length]!;
			const levels = (rating['criterion'] as { levels: string[] }).levels;
			return api.patch(`/items/measure_ratings/${rating['id']}`, { level: levels[i % levels.length] }).then(
				() => 'gespeichert',
				(error: unknown) => (error instanceof DirectusApiError ? `HTTP ${error.status}` : 'abgebrochen'),
			);
		});
		await new Promise((resolve) => setTimeout(resolve, 400));
		await instance.kill();
		const outcomes = await Promise.all(edits);

		await instance.restart();
		admin = await login();
		const drift = Object.fromEntries(await Promise.all(SEED_DISTRICTS.map(async (d) => [d, (await driftOf(admin, d)).length] as const)));
		expect({
			drift,
			viersen: await storedCounts(admin, 'viersen'),
			answeredWith5xx: outcomes.filter((o) => /^HTTP 5/.test(o)).length,
		}).toEqual({
			drift: Object.fromEntries(SEED_DISTRICTS.map((d) => [d, 0])),
			viersen: documentCounts(readSeedFiles().find((f) => f.district.id === 'viersen')!),
			answeredWith5xx: 0,
		});
	});

	it('check:integrity reports the values a crash left stale, repairs them, and then finds nothing', async () => {
		await instance.kill();
		await corruptComputedValues(instance);
		const reported = checkIntegrity(instance, '--dry-run');
		const repaired = checkIntegrity(instance);
		const afterwards = checkIntegrity(instance, '--dry-run');
		await instance.restart();
		admin = await login();
		expect({
			reported: reported.match(/^(viersen|paderborn): .*$/gm)?.sort(),
			repaired: repaired.match(/^(viersen|paderborn): .*$/gm)?.sort(),
			afterwards: afterwards.trim().split('\n').at(-1),
			drift: (await driftOf(admin, 'viersen')).length + (await driftOf(admin, 'paderborn')).length,
		}).toEqual({
			reported: ['paderborn: 2 Datensätze weichen ab', 'viersen: 3 Datensätze weichen ab'],
			repaired: ['paderborn: 2 Datensätze weichen ab, repariert', 'viersen: 3 Datensätze weichen ab, repariert'],
			afterwards: '5 Kreise geprüft, 0 abweichende Datensätze.',
			drift: 0,
		});
	});

	it('a restart repairs stale values by itself, before the first request', async () => {
		await instance.kill();
		await corruptComputedValues(instance);
		await instance.restart();
		admin = await login();
		expect((await driftOf(admin, 'viersen')).length + (await driftOf(admin, 'paderborn')).length).toBe(0);
	});
});

/** What a crash between an edit and its recompute leaves: three ranks and two attainments stale. */
async function corruptComputedValues(instance: TemporaryInstance): Promise<void> {
	const knex = connectDatabase(instance.env);
	try {
		const measures: { id: string }[] = await knex('measures').select('id').where('district', 'viersen').orderBy('id').limit(3);
		await knex('measures').whereIn('id', measures.map((m) => m.id)).update({ priority_rank: 99 });
		const goals: { id: string }[] = await knex('annual_goals').select('id').where('district', 'paderborn').orderBy('id').limit(2);
		await knex('annual_goals').whereIn('id', goals.map((g) => g.id)).update({ attainment_percent: 1 });
	} finally {
		await knex.destroy();
	}
}
