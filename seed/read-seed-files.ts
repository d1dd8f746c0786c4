import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SeedFile } from './format';

export const SEED_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** The transcribed documents, in the order of ../shared/seeds/. */
export const SEED_DISTRICTS = ['friesland', 'rendsburg-eckernfoerde', 'viersen', 'paderborn', 'unna'] as const;

export function readSeedFile(district: string): SeedFile {
	return JSON.parse(readFileSync(`${SEED_DATA_DIR}${district}.json`, 'utf8')) as SeedFile;
}

export function readSeedFiles(): SeedFile[] {
	const present = new Set(readdirSync(SEED_DATA_DIR).map((name) => name.replace(/\.json$/, '')));
	return SEED_DISTRICTS.filter((id) => present.has(id)).map(readSeedFile);
}
