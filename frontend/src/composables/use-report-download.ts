import { ref, type Ref } from 'vue';
import { dashboardRequests } from '../api/dashboard-api';
import { errorMessage } from '../api/directus-client';
import { useAuthStore } from '../stores/auth';

export interface UseReportDownload {
	/** True while the file is being built and fetched. */
	pending: Ref<boolean>;
	/** Why the last download failed, in German; null otherwise. */
	error: Ref<string | null>;
	download: (instance: string, reportId: string, fileName: string) => Promise<void>;
}

/**
 * Fetches a report's Word file with the instance's login (a plain link would go without the
 * token, and Leitung would then see only published, closed reports) and hands it to the
 * browser as a download.
 */
export function useReportDownload(): UseReportDownload {
	const auth = useAuthStore();
	const pending = ref(false);
	const error = ref<string | null>(null);

	async function download(instance: string, reportId: string, fileName: string): Promise<void> {
		pending.value = true;
		error.value = null;
		try {
			const response = await auth.request(instance, dashboardRequests.reportDocx(reportId));
			const url = URL.createObjectURL(await response.blob());
			const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
			document.body.append(link);
			link.click();
			link.remove();
			// The click has handed the file over; the address may go once the browser has it.
			setTimeout(() => URL.revokeObjectURL(url), 10_000);
		} catch (failure) {
			error.value = errorMessage(failure);
		} finally {
			pending.value = false;
		}
	}

	return { pending, error, download };
}
