# Production images of the Digitalisierungs-Cockpit, used by docker-compose.yml:
#   target "directus"  Directus with the project's built extensions; `node build/start.mjs
#                      --setup-only` applies schema, roles and seed once (the compose setup job)
#   target "web"       nginx: the dashboard app as static files, and one address balancing the
#                      Directus replicas
# Only what runs is shipped: production dependencies, built extension bundles, the built start
# script and the seed's JSON files. No TypeScript sources, no tsx, vite or test tools.

# --- build: everything, from this lockfile ----------------------------------------------------
FROM node:22-bookworm AS build
WORKDIR /app
COPY . .
# `npm install`, not `npm ci`: npm cannot record the other platforms' optional bindings of the
# nested rolldown versions in the lockfile (npm/cli#4828), so `npm ci` refuses a lockfile that
# `npm install` installs from unchanged (see .ci/run).
RUN npm install --no-audit --no-fund
# Extensions (bundles in extensions/*/dist) and the start script as plain JavaScript
# (build/start.mjs): the runtime image then needs neither tsx nor TypeScript.
RUN npm run build --workspace=extensions && npm run build:server
# Per extension only its manifest, its bundle and its mail templates (extensions/cockpit-mail).
RUN for dir in extensions/*/; do \
		mkdir -p "/out/$dir" && cp "$dir/package.json" "/out/$dir" && cp -r "$dir/dist" "/out/$dir" && \
		if [ -d "$dir/templates" ]; then cp -r "$dir/templates" "/out/$dir"; fi; \
	done && node deploy/runtime-package.mjs > /out/package.json

# --- runtime dependencies only ----------------------------------------------------------------
FROM node:22-bookworm AS production-dependencies
WORKDIR /app
COPY --from=build /out/package.json ./package.json
COPY package-lock.json ./
# The full lockfile pins every version; npm keeps those of Directus' tree and drops the rest.
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# --- Directus ---------------------------------------------------------------------------------
FROM node:22-bookworm-slim AS directus
WORKDIR /app
ENV NODE_ENV=production
COPY --from=production-dependencies /app/package.json /app/package-lock.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /out/extensions ./extensions
COPY --from=build /app/build ./build
COPY seed/data ./seed/data
RUN mkdir -p uploads && chown node:node uploads
USER node
EXPOSE 8055
# A replica only runs Directus; the setup job (compose) has bootstrapped and seeded before.
CMD ["node", "node_modules/directus/cli.js", "start"]

# --- the dashboard app --------------------------------------------------------------------------
FROM build AS app-build
# The Directus address the browser uses (nginx in front of the replicas).
ARG VITE_DIRECTUS_URLS=http://localhost:8055
RUN VITE_DIRECTUS_URLS=$VITE_DIRECTUS_URLS npm run build --workspace=frontend

FROM nginx:1.27-alpine AS web
COPY --from=app-build /app/frontend/dist /usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80 8055
