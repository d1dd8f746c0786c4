/**
 * A district in and out as an Excel workbook (format: format/sheets.ts).
 *
 *   GET  /transfer/districts/:id.xlsx        export, computed values included for reading
 *   GET  /transfer/template.xlsx             the format with one example row per sheet
 *   POST /transfer/districts[?dry_run=true]  import (raw .xlsx body or multipart file); the dry run
 *                                            answers the preview and stores nothing; limits in
 *                                            format/limits.ts, checked before exceljs reads a row
 *
 * Only the Redaktion (Studio users) and administrators; the import writes with the caller's
 * permissions through ItemsService in one transaction.
 */
import { createHash } from 'node:crypto';
import { defineEndpoint } from '@directus/extensions-sdk';
import { THEMES } from '@cockpit/shared';
import busboy from 'busboy';
import type { NextFunction, Request, Response } from 'express';
import { applyPlan, StepRefused } from './apply-plan';
import { DistrictNotFound, EditorsOnly, EmptyUpload, ImportRunning, problemErrors, TooLarge, UnsupportedType } from './errors';
import { WORKBOOK_LIMITS } from './format/limits';
import type { ThemeRef } from './format/cells';
import { planImport, type NewId } from './format/plan-import';
import { readSheets } from './format/read-sheets';
import { TEMPLATE_DISTRICT } from './format/template';
import { writeSheets } from './format/write-sheets';
import { inspectWorkbook } from './inspect-workbook';
import { readDistrict, type ItemsServiceClass, type ServiceContext } from './read-district';
import { readWorkbook, writeWorkbook } from './xlsx';

type EndpointContext = Parameters<Extract<Parameters<typeof defineEndpoint>[0], { id: string }>['handler']>[1];
type ServiceOptions = ConstructorParameters<EndpointContext['services']['ItemsService']>[1];
type DirectusRequest = Request & { accountability?: ServiceOptions['accountability'] & { app?: boolean }; schema: ServiceOptions['schema'] };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = WORKBOOK_LIMITS.maxBytes / (1024 * 1024);
const MULTIPART = 'multipart/form-data';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const handle = (work: (req: DirectusRequest, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
	work(req as DirectusRequest, res).catch(next);
};

/** Studio users (the Redaktion) and administrators; Leitung reads through the API only and gets no workbook. */
function requireEditor(req: DirectusRequest): void {
	const caller = req.accountability;
	if (!caller?.user || !(caller.admin || caller.app)) throw new EditorsOnly();
}

export default defineEndpoint({
	id: 'transfer',
	handler: (router, context) => {
		const database = context.database;
		const ItemsService = context.services.ItemsService as unknown as ItemsServiceClass;
		const bulk = {
			PayloadService: context.services.PayloadService as unknown as ServiceContext['PayloadService'],
			ActivityService: context.services.ActivityService as unknown as ServiceContext['ActivityService'],
			emitter: context.emitter as unknown as ServiceContext['emitter'],
		};
		const services = (req: DirectusRequest, knex = database): ServiceContext => ({ ItemsService, ...bulk, knex, schema: req.schema, accountability: req.accountability });
		const themes = async (req: DirectusRequest): Promise<ThemeRef[]> => {
			const rows = await new ItemsService('themes', services(req)).readByQuery({ limit: -1, fields: ['id', 'name'], sort: ['sort'] });
			return rows.length > 0 ? (rows as unknown as ThemeRef[]) : THEMES.map((t) => ({ id: t.id, name: t.name }));
		};
		const sendWorkbook = (res: Response, name: string, buffer: Buffer) => {
			res.setHeader('Content-Type', XLSX);
			res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
			res.send(buffer);
		};

		router.get(
			'/template.xlsx',
			handle(async (req, res) => {
				requireEditor(req);
				const sheets = writeSheets(TEMPLATE_DISTRICT, await themes(req));
				sendWorkbook(res, 'vorlage-kreis.xlsx', await writeWorkbook(sheets, 'Vorlage: Strategie eines Kreises für das Digitalisierungs-Cockpit'));
			}),
		);

		router.get(
			'/districts/:file',
			handle(async (req, res) => {
				requireEditor(req);
				const id = String(req.params['file']).replace(/\.xlsx$/i, '');
				const stored = await readDistrict(services(req), id);
				if (!stored.district) throw new DistrictNotFound({ id });
				const sheets = writeSheets(stored, await themes(req));
				sendWorkbook(res, `${id}.xlsx`, await writeWorkbook(sheets, `${String(stored.district['name'])}: Strategie (Export vom ${new Date().toLocaleDateString('de-DE')})`));
			}),
		);

		/** Inspected before exceljs sees it, then read, checked and planned; stored only without dry run, in one transaction. */
		const importWorkbook = async (req: DirectusRequest, res: Response, dryRun: boolean) => {
			const file = await uploadedFile(req);
			const refused = await inspectWorkbook(file);
			if (refused) throw problemErrors([refused]);
			const raw = await readWorkbook(file);
			if (!Array.isArray(raw)) throw problemErrors([raw]);
			const read = readSheets(raw, await themes(req));
			if (!read.model) throw problemErrors(read.problems);
			const model = read.model;
			const districtId = String(model.district['id']);
			const newId: NewId = (collection, key) => (UUID.test(key) ? key.toLowerCase() : derivedId(districtId, collection, key));

			if (dryRun) {
				const planned = planImport(model, await readDistrict(services(req), districtId), newId);
				if (!planned.plan) throw problemErrors(planned.problems);
				res.json({ data: { district: districtId, dry_run: true, created: planned.plan.districtCreated, sheets: planned.plan.preview } });
				return;
			}
			const plan = await database.transaction(async (trx) => {
				const ctx = services(req, trx);
				const planned = planImport(model, await readDistrict(ctx, districtId), newId);
				if (!planned.plan) throw problemErrors(planned.problems);
				await applyPlan(ctx, planned.plan);
				return planned.plan;
			}).catch((error: unknown) => {
				throw error instanceof StepRefused ? problemErrors([error.problem]) : error;
			});
			// New rows are inserted in bulk (apply-plan.ts), past ItemsService, which would purge Directus' cache.
			if (context.env['CACHE_ENABLED'] === true && context.env['CACHE_AUTO_PURGE'] === true) {
				await new context.services.UtilsService({ schema: req.schema, accountability: { admin: true } as never }).clearCache({ system: false });
			}
			res.json({ data: { district: districtId, dry_run: false, created: plan.districtCreated, sheets: plan.preview } });
		};

		/**
		 * Users with an import or preview under way on this instance. One at a time per user: a
		 * workbook at the limits takes exceljs seconds of the server's time, and a second upload
		 * before the first has answered is a double click or a script, not a person.
		 */
		const importing = new Set<string>();

		router.post(
			'/districts',
			handle(async (req, res) => {
				requireEditor(req);
				const dryRun = ['true', '1', 'ja'].includes(String(req.query['dry_run'] ?? '').toLowerCase());
				// Before the body is read: Directus has already consumed a JSON body, whose stream would never end.
				const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
				if (type !== XLSX && type !== MULTIPART) throw new UnsupportedType({ type });
				if (Number(req.headers['content-length'] ?? 0) > WORKBOOK_LIMITS.maxBytes + (type === MULTIPART ? 64 * 1024 : 0)) throw new TooLarge({ limit: MAX_MB });
				const user = String(req.accountability!.user);
				if (importing.has(user)) throw new ImportRunning();
				importing.add(user);
				try {
					await importWorkbook(req, res, dryRun);
				} finally {
					importing.delete(user);
				}
			}),
		);
	},
});

/** A stable id for a row created from a Kennung, so that a second import of the same workbook finds it. */
function derivedId(district: string, collection: string, key: string): string {
	const bytes = createHash('sha1').update(`digitalisierungs-cockpit/import/${district}/${collection}/${key}`).digest();
	bytes[6] = (bytes[6]! & 0x0f) | 0x50;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The workbook from the request: the raw body, or the first file of a multipart form. */
async function uploadedFile(req: Request): Promise<Buffer> {
	const limit = MAX_MB * 1024 * 1024;
	if (Buffer.isBuffer(req.body) && req.body.length > 0) return req.body;
	const type = String(req.headers['content-type'] ?? '');
	// A client that goes away mid-upload ends neither stream; without this its import would never finish (nor free its user's turn).
	const aborted = new Promise<never>((_, reject) => req.once('close', () => (req.complete ? undefined : reject(new EmptyUpload()))));
	aborted.catch(() => undefined);
	const buffer = await Promise.race([type.startsWith(MULTIPART) ? firstFile(req, limit) : readStream(req, limit), aborted]);
	if (buffer.length === 0) throw new EmptyUpload();
	return buffer;
}

function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		stream.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) reject(new TooLarge({ limit: MAX_MB }));
			else chunks.push(chunk);
		});
		stream.on('end', () => resolve(Buffer.concat(chunks)));
		stream.on('error', reject);
	});
}

function firstFile(req: Request, limit: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		let found: Promise<Buffer> | null = null;
		const parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit } });
		parser.on('file', (_name, file) => {
			found ??= readStream(file, limit);
			file.on('limit', () => reject(new TooLarge({ limit: MAX_MB })));
		});
		parser.on('close', () => (found ?? Promise.resolve(Buffer.alloc(0))).then(resolve, reject));
		parser.on('error', reject);
		req.pipe(parser);
	});
}
