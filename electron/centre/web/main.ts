import { mount } from 'svelte';
import { z } from 'zod';
import App from './App.svelte';

// The page's CSP forbids eval: zod must not even probe for it (a caught probe is still reported as a violation).
z.config({ jitless: true });

// The signed-in teacher's page: the service serves one shell for / and /classes/<id>; the app reads the address.
const target = document.getElementById('app');
if (target) {
  target.replaceChildren();
  mount(App, { target, props: { path: location.pathname } });
}
