import type { Config } from '@react-router/dev/config';

// Pages are rendered on the server; every page works without JavaScript.
export default {
  appDirectory: 'src/web',
  buildDirectory: 'build',
  ssr: true,
} satisfies Config;
