import { mount } from 'svelte';
import App from './components/app/App.svelte';
import './styles.css';
import { createBackend } from './lib/backend/createBackend';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { backend: createBackend() } });
