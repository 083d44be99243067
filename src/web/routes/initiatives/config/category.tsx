import { data, Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import type { Category } from '../../../../modules/initiatives/config/config.ts';
import { attributeDatatypes } from '../../../../modules/initiatives/config/config-input.ts';
import { getCategory, listKinds } from '../../../../modules/initiatives/config/list-categories.ts';
import { routingTargets } from '../../../../modules/initiatives/config/list-routing-rules.ts';
import { createCategory, updateCategory } from '../../../../modules/initiatives/config/write-category.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/category.ts';
import { type ConfigFailure, checked, configContext, configFailure, savedFlag } from './config.server.ts';
import { CheckboxField, ConfigBreadcrumb } from './config-ui.tsx';

// Add (/categorieen/nieuw) or edit a category: names and help for residents in Dutch and English,
// the owner, the handling time, keywords, extra questions (Open311 attributes), public map,
// active and order. Every field is a plain form field; the extra questions are repeated
// fieldsets with one empty one to add a question (no JavaScript needed).

const NEW = 'nieuw';
const textFields = [
  'code',
  'kindId',
  'name',
  'nameEn',
  'help',
  'helpEn',
  'nextSteps',
  'nextStepsEn',
  'ownerOrganisationId',
  'handlingDays',
  'dayType',
  'keywords',
  'position',
] as const;
const attrFields = ['code', 'datatype', 'description', 'descriptionEn', 'values'] as const;

type Values = Record<string, string>;

function valuesOf(c: Category): Values {
  const v: Values = {
    code: c.code,
    kindId: c.kindId,
    name: c.name,
    nameEn: c.nameEn ?? '',
    help: c.help,
    helpEn: c.helpEn ?? '',
    nextSteps: c.nextSteps,
    nextStepsEn: c.nextStepsEn ?? '',
    ownerOrganisationId: c.ownerOrganisationId,
    handlingDays: String(c.handlingDays),
    dayType: c.dayType,
    keywords: c.keywords.join(', '),
    position: String(c.position),
    onPublicMap: String(c.onPublicMap),
    active: String(c.active),
    attrCount: String(c.attributes.length),
  };
  c.attributes.forEach((a, i) => {
    v[`attr-code-${i}`] = a.code;
    v[`attr-datatype-${i}`] = a.datatype;
    v[`attr-description-${i}`] = a.description;
    v[`attr-descriptionEn-${i}`] = a.descriptionEn ?? '';
    v[`attr-values-${i}`] = (a.values ?? []).map((x) => `${x.key}=${x.name}`).join('\n');
    v[`attr-required-${i}`] = String(a.required);
  });
  return v;
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const m = rc.actor.municipalityId;
  const isNew = params.id === NEW;
  const category = isNew ? null : await getCategory(rc.app.db, m, params.id);
  if (!isNew && !category) throw data(null, { status: 404 });
  const [kinds, targets] = await Promise.all([
    listKinds(rc.app.db, m, { activeOnly: false }),
    routingTargets(serviceContext(rc)),
  ]);
  const wantedKind = new URL(request.url).searchParams.get('soort') ?? kinds[0]?.id ?? '';
  return {
    title: category ? category.name : translate(rc.locale, 'initiatives.config.categories.new'),
    isNew,
    version: category?.version ?? 0,
    values: category
      ? valuesOf(category)
      : ({
          kindId: wantedKind,
          dayType: 'working',
          handlingDays: '5',
          position: '',
          active: 'true',
          onPublicMap: 'false',
          attrCount: '0',
        } as Values),
    kinds: kinds.map((k) => ({
      value: k.id,
      label: k.active ? k.name : `${k.name} (${translate(rc.locale, 'initiatives.config.inactive')})`,
    })),
    organisations: targets.map((o) => ({ value: o.id, label: o.name })),
    saved: savedFlag(request),
  };
}

function attributesFrom(form: FormData): { list: unknown[]; rows: string[] } {
  const count = Number(formString(form, 'attrCount')) || 0;
  const rows = [...Array.from({ length: Math.min(count, 20) }, (_, i) => String(i)), 'new'];
  const list: unknown[] = [];
  const used: string[] = [];
  for (const row of rows) {
    if (checked(form, `attr-remove-${row}`)) continue;
    const s = (f: string) => formString(form, `attr-${f}-${row}`);
    if (row === 'new' && s('code').trim() === '' && s('description').trim() === '') continue;
    const values = s('values')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const eq = line.indexOf('=');
        return eq > 0
          ? { key: line.slice(0, eq).trim(), name: line.slice(eq + 1).trim() }
          : { key: line, name: line };
      });
    list.push({
      code: s('code'),
      datatype: s('datatype'),
      required: checked(form, `attr-required-${row}`),
      description: s('description'),
      descriptionEn: s('descriptionEn'),
      values,
    });
    used.push(row);
  }
  return { list, rows: used };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const form = await request.formData();
  const isNew = params.id === NEW;
  const values: Values = Object.fromEntries(textFields.map((f) => [f, formString(form, f)]));
  values.onPublicMap = String(checked(form, 'onPublicMap'));
  values.active = String(checked(form, 'active'));
  const count = Number(formString(form, 'attrCount')) || 0;
  values.attrCount = String(count);
  for (const row of [...Array.from({ length: Math.min(count, 20) }, (_, i) => String(i)), 'new']) {
    for (const f of attrFields) values[`attr-${f}-${row}`] = formString(form, `attr-${f}-${row}`);
    values[`attr-required-${row}`] = String(checked(form, `attr-required-${row}`));
  }
  const attributes = attributesFrom(form);
  const input = {
    kindId: values.kindId ?? '',
    name: values.name ?? '',
    nameEn: values.nameEn,
    help: values.help,
    helpEn: values.helpEn,
    nextSteps: values.nextSteps,
    nextStepsEn: values.nextStepsEn,
    ownerOrganisationId: values.ownerOrganisationId ?? '',
    handlingDays: values.handlingDays,
    dayType: values.dayType as 'working',
    keywords: values.keywords,
    onPublicMap: checked(form, 'onPublicMap'),
    active: checked(form, 'active'),
    // Checked field by field by the service (errors come back per question).
    attributes: attributes.list as never,
    ...(values.position?.trim() ? { position: values.position } : {}),
  };
  const fieldOf = (path: string) => {
    const m = path.match(/^attributes\.(\d+)\.(\w+)/);
    if (m) return `attr-${m[2]}-${attributes.rows[Number(m[1])] ?? 'new'}`;
    return path.split('.')[0] ?? path;
  };
  try {
    const ctx = serviceContext(rc);
    const saved = isNew
      ? await createCategory(ctx, { ...input, code: values.code ?? '' })
      : await updateCategory(ctx, params.id, { ...input, version: formString(form, 'version') });
    return redirect(`${initiativesPaths.category(saved.id)}?saved=${isNew ? 'created' : '1'}`);
  } catch (error) {
    return configFailure(error, rc, { values, fieldOf });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function CategoryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as ConfigFailure | undefined;
  const e = failure?.fieldErrors ?? {};
  const v = failure?.values ?? d.values;
  const l = (key: string) => t(`initiatives.config.categories.${key}`);
  const labels: Record<string, string> = {
    code: t('initiatives.config.code'),
    kindId: l('kind'),
    name: t('initiatives.config.name'),
    nameEn: t('initiatives.config.nameEn'),
    help: l('help'),
    helpEn: l('helpEn'),
    nextSteps: l('nextSteps'),
    nextStepsEn: l('nextStepsEn'),
    ownerOrganisationId: l('owner'),
    handlingDays: l('handlingDays'),
    dayType: l('dayType'),
    keywords: l('keywords'),
    position: t('initiatives.config.position'),
    attributes: l('attributes'),
  };
  const count = Number(v.attrCount ?? '0') || 0;
  const rows = [...Array.from({ length: count }, (_, i) => String(i)), 'new'];
  for (const row of rows) {
    const legend =
      row === 'new'
        ? l('newAttribute')
        : t('initiatives.config.categories.attributeN', { n: Number(row) + 1 });
    for (const f of attrFields) labels[`attr-${f}-${row}`] = `${legend}: ${l(`attribute.${f}`)}`;
  }
  const attributeFieldset = (row: string) => {
    const legend =
      row === 'new'
        ? l('newAttribute')
        : t('initiatives.config.categories.attributeN', { n: Number(row) + 1 });
    const name = (f: string) => `attr-${f}-${row}`;
    return (
      <fieldset
        key={row}
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
        </legend>
        <TextField
          name={name('code')}
          label={l('attribute.code')}
          defaultValue={v[name('code')]}
          error={e[name('code')]}
          spellCheck={false}
        />
        <TextField
          name={name('description')}
          label={l('attribute.description')}
          defaultValue={v[name('description')]}
          error={e[name('description')]}
        />
        <TextField
          name={name('descriptionEn')}
          label={l('attribute.descriptionEn')}
          defaultValue={v[name('descriptionEn')]}
          error={e[name('descriptionEn')]}
        />
        <SelectField
          name={name('datatype')}
          label={l('attribute.datatype')}
          options={attributeDatatypes.map((dt) => ({ value: dt, label: l(`attribute.datatype.${dt}`) }))}
          defaultValue={v[name('datatype')] || 'string'}
          error={e[name('datatype')]}
        />
        <TextAreaField
          name={name('values')}
          label={l('attribute.values')}
          rows={3}
          defaultValue={v[name('values')]}
          error={e[name('values')]}
        />
        <CheckboxField
          name={name('required')}
          label={l('attribute.required')}
          defaultChecked={v[name('required')] === 'true'}
        />
        {row === 'new' ? null : <CheckboxField name={name('remove')} label={l('attribute.remove')} />}
      </fieldset>
    );
  };
  return (
    <>
      <ConfigBreadcrumb current={d.title} section="categories" />
      <h1 className="utrecht-heading-1">
        {d.isNew ? d.title : t('initiatives.config.editNamed', { name: d.title })}
      </h1>
      {d.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {d.saved === 'created'
              ? t('initiatives.config.created', { name: d.title })
              : t('initiatives.config.saved')}
          </p>
        </Alert>
      ) : null}
      <ErrorSummary message={failure?.message} errors={e} labels={labels} />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <input type="hidden" name="version" value={d.version} />
        <input type="hidden" name="attrCount" value={count} />
        <h2 className="utrecht-heading-2">{l('details')}</h2>
        {d.isNew ? (
          <TextField
            name="code"
            label={labels.code}
            description={t('initiatives.config.code.description')}
            required
            defaultValue={v.code}
            error={e.code}
            spellCheck={false}
          />
        ) : (
          <p className="utrecht-paragraph">
            {labels.code}: <code className="wijkwerk-code">{v.code}</code>
          </p>
        )}
        <SelectField
          name="kindId"
          label={labels.kindId}
          options={d.kinds}
          defaultValue={v.kindId}
          error={e.kindId}
          required
        />
        <TextField name="name" label={labels.name} required defaultValue={v.name} error={e.name} />
        <TextField
          name="nameEn"
          label={labels.nameEn}
          description={t('initiatives.config.englishOptional')}
          defaultValue={v.nameEn}
          error={e.nameEn}
        />
        <TextField
          name="keywords"
          label={labels.keywords}
          description={l('keywords.description')}
          defaultValue={v.keywords}
          error={e.keywords}
        />
        <TextField
          name="position"
          type="number"
          inputMode="numeric"
          label={labels.position}
          description={t('initiatives.config.position.description')}
          defaultValue={v.position}
          error={e.position}
        />
        <CheckboxField
          name="active"
          label={t('initiatives.config.active')}
          defaultChecked={v.active === 'true'}
        />
        <CheckboxField
          name="onPublicMap"
          label={l('onPublicMap')}
          defaultChecked={v.onPublicMap === 'true'}
        />

        <h2 className="utrecht-heading-2">{l('texts')}</h2>
        <TextAreaField
          name="help"
          label={labels.help}
          description={l('help.description')}
          rows={3}
          defaultValue={v.help}
          error={e.help}
        />
        <TextAreaField
          name="helpEn"
          label={labels.helpEn}
          rows={3}
          defaultValue={v.helpEn}
          error={e.helpEn}
        />
        <TextAreaField
          name="nextSteps"
          label={labels.nextSteps}
          description={l('nextSteps.description')}
          rows={3}
          defaultValue={v.nextSteps}
          error={e.nextSteps}
        />
        <TextAreaField
          name="nextStepsEn"
          label={labels.nextStepsEn}
          rows={3}
          defaultValue={v.nextStepsEn}
          error={e.nextStepsEn}
        />

        <h2 className="utrecht-heading-2">{l('handling')}</h2>
        <SelectField
          name="ownerOrganisationId"
          label={labels.ownerOrganisationId}
          description={l('owner.description')}
          options={d.organisations}
          emptyLabel="—"
          defaultValue={v.ownerOrganisationId}
          error={e.ownerOrganisationId}
          required
        />
        <TextField
          name="handlingDays"
          type="number"
          inputMode="numeric"
          label={labels.handlingDays}
          description={l('handlingDays.description')}
          required
          defaultValue={v.handlingDays}
          error={e.handlingDays}
        />
        <SelectField
          name="dayType"
          label={labels.dayType}
          options={(['working', 'calendar'] as const).map((dt) => ({ value: dt, label: l(`dayType.${dt}`) }))}
          defaultValue={v.dayType}
          error={e.dayType}
        />

        <h2 className="utrecht-heading-2">{l('attributes')}</h2>
        <p className="utrecht-paragraph">{l('attributes.intro')}</p>
        {rows.map(attributeFieldset)}
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{d.isNew ? l('add') : t('common.save')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
