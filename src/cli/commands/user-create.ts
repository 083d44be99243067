import { minPasswordLength } from '../../core/auth/password.ts';
import { ValidationError } from '../../core/errors.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { createMailer } from '../../core/mail/mailer.ts';
import { findOrganisationIdByName } from '../../core/organisations/organisations.repository.ts';
import { createPerson } from '../../core/people/create-person.ts';
import { roles } from '../../core/permissions/actor.ts';
import { CliError, type Command, requiredOption, stringOption, UsageError } from '../command.ts';
import { commandLineContext, pickMunicipality, readConfig, withDatabase } from '../context.ts';
import { say } from '../output.ts';

// Service input fields → the flags that set them, for error messages.
const flagOf: Record<string, string> = {
  email: '--email',
  name: '--name',
  password: '--password',
  locale: '--locale',
  role: '--role',
  areaCode: '--area',
  organisationId: '--organisation',
};

export const userCreate: Command = {
  name: 'user create',
  summary: 'create a person with a role (e.g. the first administrator)',
  usage:
    'wijkwerk user create --email EMAIL --name NAME --role ROLE [--area WK…] [--organisation NAME] [--password-stdin | --password PW] [--municipality GM…]',
  description: [
    `Roles: ${roles.join(', ')}. An area_officer needs --area; a department_officer and a partner need`,
    '--organisation (the name of an existing organisation). Without a password the person is sent an',
    'invitation to set one (by SMTP when SMTP_URL is set, otherwise it waits in the outbox).',
    'Prefer --password-stdin: a password on the command line ends up in the shell history.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    area: { type: 'string' },
    organisation: { type: 'string' },
    password: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    locale: { type: 'string' },
    municipality: { type: 'string' },
  },
  optionHelp: [
    ['--email EMAIL', 'sign-in address'],
    ['--name NAME', 'full name'],
    ['--role ROLE', roles.join(' | ')],
    ['--area CODE', 'area code of the role (area_officer; optional for partner and resident)'],
    ['--organisation NAME', 'organisation of the role (department_officer, partner)'],
    ['--password-stdin', `read the password from standard input (at least ${minPasswordLength} characters)`],
    ['--password PW', 'the password itself (visible in the shell history)'],
    ['--locale nl|en', 'language of e-mails and pages (default nl)'],
    ['--municipality GM0000', 'the municipality (needed when there are several)'],
  ],
  async run({ values }) {
    const email = requiredOption(values, 'email', this.name);
    const name = requiredOption(values, 'name', this.name);
    const role = requiredOption(values, 'role', this.name);
    if (!(roles as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${roles.join(', ')} (got ${role})`, this.name);
    }
    if (values.password !== undefined && values['password-stdin']) {
      throw new UsageError('use either --password or --password-stdin, not both', this.name);
    }
    const password = values['password-stdin'] ? await readStdin() : stringOption(values, 'password');
    const config = readConfig();
    await withDatabase(config, async ({ db }) => {
      const municipality = await pickMunicipality(db, stringOption(values, 'municipality'));
      const organisationName = stringOption(values, 'organisation');
      let organisationId: string | undefined;
      if (organisationName) {
        organisationId = await findOrganisationIdByName(db, municipality.id, organisationName);
        if (!organisationId)
          throw new CliError(`organisation "${organisationName}" does not exist in ${municipality.name}`);
      }
      const app = {
        mailer: createMailer(config.smtpUrl, config.mailFrom),
        publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      };
      try {
        const person = await createPerson(commandLineContext(db, municipality), app, {
          email,
          name,
          password,
          locale: stringOption(values, 'locale'),
          role,
          areaCode: stringOption(values, 'area'),
          organisationId,
        });
        const scope = person.roles[0]?.area?.code ?? person.roles[0]?.organisation?.name;
        say(
          `created ${person.name} <${person.email}> in ${municipality.name} as ${role}${scope ? ` (${scope})` : ''}`,
        );
        if (!password)
          say(
            'no password given: an invitation to set one was sent (see the outbox when SMTP_URL is not set)',
          );
      } catch (error) {
        if (error instanceof ValidationError) {
          const lines = error.fieldErrors.map(
            (f) => `${flagOf[f.field] ?? f.field}: ${translate('en', f.key, f.params)}`,
          );
          throw new CliError(lines.join('; ') || translate('en', error.key));
        }
        throw error;
      }
    });
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
