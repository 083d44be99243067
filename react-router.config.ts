import type { Config } from '@react-router/dev/config';

// Pages are rendered on the server; every page works without JavaScript.
export default {
  appDirectory: 'src/web',
  // WIJKWERK_BUILD_DIR lets several checkouts or test runs build side by side.
  buildDirectory: process.env.WIJKWERK_BUILD_DIR ?? 'build',
  ssr: true,
} satisfies Config;
