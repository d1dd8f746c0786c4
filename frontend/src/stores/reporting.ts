import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { errorMessage, errorStatus } from '../api/directus-client';
import { reportingRequests, type ReportingMe, type ReportingMeasure, type ReportingSubmission, type SubmissionPayload } from '../api/reporting-api';
import { de } from '../i18n/de';
import { fill } from '../lib/format';
import { formFromMeasure, toSubmissionPayload, type FieldErrors, type MeasureForm } from '../lib/reporting-form';
import { placeSubmissionError } from '../lib/submission-error';
import { useAuthStore } from './auth';
import { useInstancesStore } from './instances';

/** What one instance answered to `GET /reporting/me` for the person signed in there. */
export interface InstanceReporting {
	url: string;
	/** 'forbidden': the login is not one that reports (another role); 'error': it could not be asked. */
	access: 'loading' | 'ready' | 'forbidden' | 'error';
	me: ReportingMe | null;
	error: string | null;
}

const omit = <T>(record: Record<string, T>, key: string): Record<string, T> => {
	const { [key]: _gone, ...rest } = record;
	return rest;
};

/** One form per instance, report round and measure: the same measure may be open in two rounds. */
export function formKey(url: string, report: string, measure: string): string {
	return `${url}|${report}|${measure}`;
}

/**
 * "Meine Meldungen": the open report rounds of the owner each signed-in person reports for, the
 * form per measure while it is filled in, and what the server said to each submission. The
 * server checks ownership and the values; this store only carries its answers to the page.
 */
export const useReportingStore = defineStore('reporting', () => {
	const auth = useAuthStore();
	const instances = useInstancesStore();

	/** Per signed-in instance URL, its answer to `GET /reporting/me`. */
	const byInstance = ref<Record<string, InstanceReporting>>({});
	/** The form values per formKey, kept while the person moves to another page and back. */
	const forms = ref<Record<string, MeasureForm>>({});
	/** Per formKey, the German message for each field the last submission was refused for. */
	const fieldErrors = ref<Record<string, FieldErrors>>({});
	/** Per formKey, a refusal that concerns the measure or report as a whole (or no answer at all). */
	const formErrors = ref<Record<string, string>>({});
	/** Per formKey, true while its submission is on its way. */
	const saving = ref<Record<string, boolean>>({});
	/** Per formKey, the confirmation of its last successful submission, for the live region. */
	const confirmations = ref<Record<string, string>>({});

	/** The instances asked, in configuration order. */
	const entries = computed(() => instances.urls.map((url) => byInstance.value[url]).filter((entry): entry is InstanceReporting => Boolean(entry)));
	/** True while any instance is still being asked. */
	const loading = computed(() => entries.value.some((entry) => entry.access === 'loading'));
	/** Whether someone signed in reports for an owner: the header then offers "Meine Meldungen". */
	const hasOwner = computed(() => entries.value.some((entry) => entry.me?.owner));

	function initForms(url: string, me: ReportingMe): void {
		const next = { ...forms.value };
		for (const round of me.rounds) for (const measure of round.measures) next[formKey(url, round.report.id, measure.id)] ??= formFromMeasure(measure);
		forms.value = next;
	}

	async function loadInstance(url: string, quiet: boolean): Promise<void> {
		const previous = byInstance.value[url];
		if (!quiet || !previous) byInstance.value = { ...byInstance.value, [url]: { url, access: 'loading', me: previous?.me ?? null, error: null } };
		try {
			const me = await auth.request(url, reportingRequests.me());
			// A logout while the request ran leaves nothing behind.
			if (!(url in auth.sessions)) return;
			initForms(url, me);
			byInstance.value = { ...byInstance.value, [url]: { url, access: 'ready', me, error: null } };
		} catch (error) {
			if (!(url in auth.sessions)) return;
			const status = errorStatus(error);
			const access = status === 401 || status === 403 ? 'forbidden' : 'error';
			byInstance.value = { ...byInstance.value, [url]: { url, access, me: null, error: fill(de.reporting.loadError, { message: errorMessage(error) }) } };
		}
	}

	let running: Promise<void> | null = null;

	/**
	 * Asks every instance with a login what its person reports; without a login there is nothing
	 * to ask. `quiet` keeps what is shown while the newer answer is on its way.
	 */
	function load(quiet = false): Promise<void> {
		const current: Promise<void> = Promise.all(Object.keys(auth.sessions).map((url) => loadInstance(url, quiet))).then(() => {
			if (running === current) running = null;
		});
		running = current;
		return current;
	}

	/**
	 * For a page being opened: waits for a load on its way, else asks again without blanking the
	 * page, since the Redaktion may have taken over or returned a report meanwhile.
	 */
	function ensureLoaded(): Promise<void> {
		return running ?? load(true);
	}

	/** The submission as the server stored it; a field its answer leaves out is what was sent. */
	function storedSubmission(answer: Partial<ReportingSubmission> | null, sent: SubmissionPayload): ReportingSubmission {
		const given = answer ?? {};
		const progress = given.progress_current;
		return {
			id: String(given.id ?? ''),
			state: given.state ?? 'submitted',
			submitted_at: given.submitted_at ?? new Date().toISOString(),
			review_note: given.review_note ?? null,
			status: given.status !== undefined ? given.status : sent.status,
			progress_current: progress === undefined ? sent.progress_current : progress === null ? null : Number(progress),
			progress_text: given.progress_text !== undefined ? given.progress_text : sent.progress_text,
			next_steps: given.next_steps !== undefined ? given.next_steps : sent.next_steps,
		};
	}

	/**
	 * Sends one measure's report. True when stored; otherwise the refusal is kept at the field it
	 * concerns (or for the form as a whole) and the form keeps what was typed.
	 */
	async function submit(url: string, report: string, measure: ReportingMeasure): Promise<boolean> {
		const key = formKey(url, report, measure.id);
		const form = forms.value[key];
		if (!form || saving.value[key]) return false;
		formErrors.value = omit(formErrors.value, key);
		confirmations.value = omit(confirmations.value, key);
		const built = toSubmissionPayload(form, { report, measure: measure.id, target: measure.progress_target });
		if (built.errors) {
			fieldErrors.value = { ...fieldErrors.value, [key]: built.errors };
			return false;
		}
		fieldErrors.value = omit(fieldErrors.value, key);
		saving.value = { ...saving.value, [key]: true };
		try {
			const answer = await auth.request(url, reportingRequests.submit(built.payload));
			const submission = storedSubmission(answer && typeof answer === 'object' ? answer : null, built.payload);
			const me = byInstance.value[url]?.me;
			if (me) {
				const rounds = me.rounds.map((round) =>
					round.report.id !== report ? round : { ...round, measures: round.measures.map((m) => (m.id === measure.id ? { ...m, submission } : m)) },
				);
				byInstance.value = { ...byInstance.value, [url]: { ...byInstance.value[url]!, me: { ...me, rounds } } };
			}
			confirmations.value = { ...confirmations.value, [key]: fill(de.reporting.success, { title: measure.title }) };
			return true;
		} catch (error) {
			const placed = placeSubmissionError(error);
			if (placed.field) fieldErrors.value = { ...fieldErrors.value, [key]: { [placed.field]: placed.message } };
			else formErrors.value = { ...formErrors.value, [key]: fill(de.reporting.formError, { title: measure.title, message: placed.message }) };
			return false;
		} finally {
			saving.value = omit(saving.value, key);
		}
	}

	/** Forgets everything: another person may sign in next in this tab. */
	function reset(): void {
		running = null;
		byInstance.value = {};
		forms.value = {};
		fieldErrors.value = {};
		formErrors.value = {};
		saving.value = {};
		confirmations.value = {};
	}

	// A login or logout changes whose measures these are.
	watch(
		() => Object.keys(auth.sessions).sort().join(' '),
		() => {
			reset();
			void load();
		},
	);

	return { byInstance, forms, fieldErrors, formErrors, saving, confirmations, entries, loading, hasOwner, load, ensureLoaded, submit, reset };
});
