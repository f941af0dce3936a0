import { mount } from 'svelte';
import App from './components/app/App.svelte';
import './styles.css';
import { createBackend } from './lib/backend/createBackend';
import { createAppContext } from './lib/app/appContext';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { app: createAppContext(createBackend()) } });
