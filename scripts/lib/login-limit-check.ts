/**
 * The login limit across instances: wrong logins for the administrator from one client address,
 * sent alternately to the instances, until one answers 429. Requests name the client in
 * X-Forwarded-For, as the proxy in front of the replicas does (IP_TRUST_PROXY=1).
 */
export interface LoginLimitAcrossInstances {
	/** The statuses in the order sent: instance A, B, A, B, … */
	statuses: number[];
	/** The administrator logs in afterwards from another address. */
	adminLoginFromElsewhere: number;
}

export async function checkLoginLimitAcrossInstances(
	instances: string[],
	admin: { email: string; password: string },
	attempts: number,
	client = '198.51.100.7',
): Promise<LoginLimitAcrossInstances> {
	const login = (url: string, from: string, password: string) =>
		fetch(`${url}/auth/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
			body: JSON.stringify({ email: admin.email, password }),
		}).then((response) => response.status);
	const statuses: number[] = [];
	for (let i = 0; i < attempts; i++) statuses.push(await login(instances[i % instances.length]!, client, 'falsch'));
	const adminLoginFromElsewhere = await login(instances[1 % instances.length]!, '198.51.100.8', admin.password);
	return { statuses, adminLoginFromElsewhere };
}
