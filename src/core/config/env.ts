import { z } from 'zod';

// Every setting Wijkwerk reads from the environment, checked once at boot.
// A wrong value stops the start with one line naming the variable.

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO: booleanString.default(true),
  // Secret for signing CSRF tokens and links. Generated into DATA_DIR when absent.
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // Several municipalities by host name: "GM0758=breda.example.nl,GM0308=baarn.example.nl".
  MUNICIPALITY_HOSTS: z
    .string()
    .regex(
      /^(GM\d{4}=[^,=\s]+)(,GM\d{4}=[^,=\s]+)*$/,
      'must look like GM0758=host.example.nl,GM0308=other.example',
    )
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Wijkwerk <noreply@wijkwerk.localhost>'),
  MAP_STYLE_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).default('Inloggen met uw organisatieaccount'),
  TRUST_PROXY: booleanString.default(false),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  sessionSecret: string | undefined;
  publicUrl: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  municipalityHosts: Map<string, string>;
  smtpUrl: string | undefined;
  mailFrom: string;
  mapStyleUrl: string | undefined;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line per wrong variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      return `Invalid configuration: ${name} ${issue.message} (got ${JSON.stringify(cleaned[name] ?? null)})`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const e = result.data;
  if ((e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) || (!e.OIDC_ISSUER && e.OIDC_CLIENT_ID)) {
    throw new ConfigError('Invalid configuration: OIDC_ISSUER and OIDC_CLIENT_ID must be set together');
  }
  const hosts = new Map<string, string>();
  for (const pair of e.MUNICIPALITY_HOSTS?.split(',') ?? []) {
    const [code, host] = pair.split('=') as [string, string];
    hosts.set(host.toLowerCase(), code);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demo: e.DEMO,
    sessionSecret: e.SESSION_SECRET,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    municipalityHosts: hosts,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mapStyleUrl: e.MAP_STYLE_URL,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
          }
        : undefined,
    trustProxy: e.TRUST_PROXY,
  };
}
