# Directus with the project's schema, extensions and seed (default target), and the dashboard
# app as static files behind nginx (target "dashboard"). Used by docker-compose.yml.
FROM node:22-bookworm AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM build AS directus
# npm start applies schema, roles and seed idempotently and runs Directus; the app is served
# by the dashboard image, so it is not started here.
ENV COCKPIT_APP=false
EXPOSE 8055
CMD ["npm", "start"]

FROM build AS dashboard-build
ARG VITE_DIRECTUS_URLS
RUN VITE_DIRECTUS_URLS=$VITE_DIRECTUS_URLS npm run build -w frontend

FROM nginx:1.27 AS dashboard
COPY --from=dashboard-build /app/frontend/dist /usr/share/nginx/html
RUN printf 'server { listen 80; root /usr/share/nginx/html; location / { try_files $uri /index.html; } }\n' > /etc/nginx/conf.d/default.conf

FROM directus
