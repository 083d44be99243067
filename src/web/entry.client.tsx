import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';

// As React Router's default, with one change: navigations update the page without a React
// transition, so the content changes together with the address (no stale page under a new URL
// while, say, a map is still starting on the main thread).
startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter useTransitions={false} />
    </StrictMode>,
  );
});
