import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { useInstancesStore } from './stores/instances';
import './styles/base.css';
import './styles/print.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);

// The instance list decides what every page fetches, so it is known before the first page renders.
await useInstancesStore().load();
app.mount('#app');
