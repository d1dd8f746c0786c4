/**
 * Council papers: the status report as a Word document, and its paper's data from the council
 * information system.
 *
 *   GET  /reports/:id.docx    the report as an editable Word document (Leitung, Redaktion,
 *                             administrator; without a login a published district's closed report)
 *   POST /reports/:id/oparl   { url? }: reads the OParl Paper at `url` (or the stored
 *                             `document_url`) and fills number, committee, meeting and
 *                             Beratungsfolge (Studio users: Redaktion, administrator)
 */
import { defineEndpoint } from '@directus/extensions-sdk';
import { councilPaperFromOparl, formatGermanDate, parseHostList } from '@cockpit/shared';
import type { NextFunction, Request, Response } from 'express';
import { visibilityFor } from '../../cockpit-dashboard/src/access';
import { ReportNotFound, OparlFailed, OparlNotAllowed } from './errors';
import { fetchOparlJson, OparlFetchError, type FetchLimits } from './fetch-oparl-json';
import { readOparlPaper } from './read-oparl-paper';
import { readReportModel } from './read-report';
import { renderReportDocx } from './render-report-docx';

type EndpointContext = Parameters<Extract<Parameters<typeof defineEndpoint>[0], { id: string }>['handler']>[1];
type ServiceOptions = ConstructorParameters<EndpointContext['services']['ItemsService']>[1];
type DirectusRequest = Request & { accountability?: ServiceOptions['accountability']; schema: ServiceOptions['schema'] };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const handle = (work: (req: DirectusRequest, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
	work(req as DirectusRequest, res).catch(next);
};

export default defineEndpoint({
	id: 'reports',
	handler: (router, context) => {
		const knex = context.database;
		const env = context.env as Record<string, unknown>;
		const number = (value: unknown, fallback: number) => (Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
		const limits: FetchLimits = {
			hosts: parseHostList(env['COCKPIT_OPARL_HOSTS']),
			timeoutMs: number(env['COCKPIT_OPARL_TIMEOUT_MS'], 5000),
			maxBytes: number(env['COCKPIT_OPARL_MAX_BYTES'], 1_048_576),
			maxRedirects: 3,
		};

		router.get(
			'/:file',
			handle(async (req, res) => {
				const match = /^(.+)\.docx$/i.exec(String(req.params['file']));
				if (!match) throw new ReportNotFound();
				const { accountability, schema } = req;
				const scope = await visibilityFor(accountability, () => new context.services.ItemsService('districts', { schema, accountability, knex }).readByQuery({ limit: 1, fields: ['id'] }));
				const { model, report } = await readReportModel(knex, match[1]!, scope);
				const file = await renderReportDocx(model);
				res.setHeader('Content-Type', DOCX);
				res.setHeader('Content-Disposition', `attachment; filename="Sachstandsbericht-${report.district}-${report.report_date}.docx"`);
				res.setHeader('Cache-Control', 'private, no-store');
				res.send(file);
			}),
		);

		router.post(
			'/:id/oparl',
			handle(async (req, res) => {
				const { accountability, schema } = req;
				// The server fetches a URL the caller typed: only Studio users (Redaktion, administrator) may make it.
				if (!accountability?.user || !(accountability.admin || accountability.app)) throw new OparlNotAllowed();
				const reports = new context.services.ItemsService('status_reports', { schema, accountability, knex });
				const id = String(req.params['id']);
				if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ReportNotFound();
				const stored = (await reports.readOne(id, { fields: ['id', 'state', 'document_url'] }).catch(() => null)) as Record<string, unknown> | null;
				if (!stored) throw new ReportNotFound();
				const given = typeof req.body?.url === 'string' ? req.body.url.trim() : '';
				const url = given || (typeof stored['document_url'] === 'string' ? stored['document_url'] : '');
				if (!url) throw new OparlFailed({ message: 'Bitte zuerst die Adresse der Drucksache im Ratsinformationssystem eintragen.' });
				if (url.length > 2000) throw new OparlFailed({ message: 'Die Adresse ist länger als 2.000 Zeichen.' });

				let facts;
				try {
					facts = await readOparlPaper(url, (target) => fetchOparlJson(target, limits));
				} catch (error) {
					if (error instanceof OparlFetchError) throw new OparlFailed({ message: error.message });
					throw error;
				}
				const values = councilPaperFromOparl(facts);
				const patch: Record<string, unknown> = { document_url: url, consultations: values.consultations };
				if (values.document_ref) patch['document_ref'] = values.document_ref;
				if (values.committee) patch['committee'] = values.committee;
				if (values.meeting_date) patch['meeting_date'] = values.meeting_date;
				// A closed report keeps its date; a draft takes the paper's.
				if (stored['state'] !== 'closed' && values.paper_date) Object.assign(patch, { report_date: values.paper_date, report_date_label: formatGermanDate(values.paper_date) });
				// Through the caller's own permissions and the hooks, as an edit in the form would go.
				await reports.updateOne(id, patch);
				res.json({ data: patch });
			}),
		);
	},
});
