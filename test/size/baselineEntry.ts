// The size baseline: just zod/mini and Preact, the two runtime dependencies, doing one thing each.
import { h, render } from 'preact';
import * as z from 'zod/mini';

render(h('b', null, String(z.safeParse(z.object({ a: z.string() }), {}).success)), document.body);
