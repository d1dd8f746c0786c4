/** The German message the hook answered with, or a general one when the server gave none. */
export function apiError(error: unknown): string {
	const response = (error as { response?: { data?: { errors?: { message?: string }[] } } })?.response;
	return response?.data?.errors?.[0]?.message ?? 'Die Änderung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.';
}
