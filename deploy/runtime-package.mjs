// The package.json of the production image: the project's runtime dependencies (Directus) and
// what the built extensions load at run time, without the workspaces and development tools.
// Extensions bundle their own code and @cockpit/shared, so only their other dependencies stay.
// Plain JavaScript, because the image's install step runs before anything is built.
//   node deploy/runtime-package.mjs > runtime/package.json
import { readdirSync, readFileSync, existsSync } from 'node:fs';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = { ...root.dependencies };
for (const name of readdirSync('extensions')) {
	const manifest = `extensions/${name}/package.json`;
	if (!existsSync(manifest)) continue;
	for (const [dependency, range] of Object.entries(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {})) {
		if (!dependency.startsWith('@cockpit/')) dependencies[dependency] = range;
	}
}
const runtime = {
	name: root.name,
	version: root.version,
	private: true,
	type: root.type,
	engines: root.engines,
	dependencies,
	allowScripts: root.allowScripts,
	overrides: root.overrides,
};
process.stdout.write(JSON.stringify(runtime, null, 2) + '\n');
