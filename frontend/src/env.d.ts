/// <reference types="vite/client" />

interface ImportMetaEnv {
	/** Comma-separated Directus URLs (each optionally `Label=URL`); overrides public/config.json. */
	readonly VITE_DIRECTUS_URLS?: string;
}

interface ImportMeta {
	readonly env: ImportMetaEnv;
}
